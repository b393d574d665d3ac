-- V3: the events coded from each article (issue 5). Kept in step with db/postgres/V3__events.sql.
-- An event's actors are rows of event_actors (its source and target mentions, in order); each points
-- to its actor's row in actors, whose lineage (JSON text) serves the --actor filter.
-- Enumerations are lower-case words (types upper case, as PLOVER writes them) without CHECKs, as in V2.

CREATE TABLE events (
    id              VARCHAR PRIMARY KEY,           -- stable: a hash of article, sentence, trigger and code
    article_id      VARCHAR(16) NOT NULL REFERENCES articles (id),
    sentence        INTEGER NOT NULL,
    begin_offset    INTEGER NOT NULL,              -- [begin_offset, end_offset) into the article's cleaned text
    end_offset      INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    date_value      VARCHAR,                       -- 2018, 2018-08 or 2018-08-08; null when undated
    date_precision  VARCHAR,                       -- year, month, day
    date_basis      VARCHAR,                       -- explicit, relative, article, inferred
    date_start      VARCHAR(10),                   -- the first and last day the date covers (ISO text sorts as dates do), for filtering
    date_end        VARCHAR(10),
    type            VARCHAR NOT NULL,              -- PLOVER type
    mode            VARCHAR NOT NULL,              -- PLOVER mode, '' when none
    context         VARCHAR NOT NULL,              -- JSON array of PLOVER contexts
    cameo           VARCHAR NOT NULL,
    goldstein       DOUBLE NOT NULL,
    modality        VARCHAR NOT NULL,
    place_name      VARCHAR,
    place_country   VARCHAR(3),
    place_lat       DOUBLE,
    place_lon       DOUBLE,
    place_geonameid BIGINT,
    size_personnel  BIGINT,
    size_killed     BIGINT,
    size_injured    BIGINT,
    size_text       VARCHAR,
    confidence      DOUBLE NOT NULL,
    CHECK (begin_offset >= 0 AND end_offset > begin_offset)
);
CREATE INDEX events_by_article ON events (article_id);

-- No foreign keys here: DuckDB turns updates of a referenced row into a delete and insert, and the
-- rows are always written and deleted together with their event, in one transaction.
CREATE TABLE event_actors (
    event_id     VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,                 -- source or target
    position     INTEGER NOT NULL,                 -- order within its side
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    token_begin  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    actor_id     VARCHAR NOT NULL,
    basis        VARCHAR NOT NULL,
    confidence   DOUBLE NOT NULL,
    PRIMARY KEY (event_id, role, position)
);
