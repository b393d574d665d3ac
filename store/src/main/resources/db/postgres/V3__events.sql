-- V3: the events coded from each article (issue 5). Kept in step with db/duckdb/V3__events.sql.
-- An event's actors are rows of event_actors (its source and target mentions, in order); each points
-- to its actor's row in actors, whose lineage (JSON text) serves the --actor filter.
-- Enumerations are lower-case words (types upper case, as PLOVER writes them) without CHECKs, as in V2.

CREATE TABLE events (
    id              TEXT PRIMARY KEY,           -- stable: a hash of article, sentence, trigger and code
    article_id      VARCHAR(16) NOT NULL REFERENCES articles (id),
    sentence        INTEGER NOT NULL,
    begin_offset    INTEGER NOT NULL,              -- [begin_offset, end_offset) into the article's cleaned text
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    date_value      TEXT,                       -- 2018, 2018-08 or 2018-08-08; null when undated
    date_precision  TEXT,                       -- year, month, day
    date_basis      TEXT,                       -- explicit, relative, article, inferred
    date_start      VARCHAR(10),                   -- the first and last day the date covers (ISO text sorts as dates do), for filtering
    date_end        VARCHAR(10),
    type            TEXT NOT NULL,              -- PLOVER type
    mode            TEXT NOT NULL,              -- PLOVER mode, '' when none
    context         TEXT NOT NULL,              -- JSON array of PLOVER contexts
    cameo           TEXT NOT NULL,
    goldstein       DOUBLE PRECISION NOT NULL,
    modality        TEXT NOT NULL,
    place_name      TEXT,
    place_country   VARCHAR(3),
    place_lat       DOUBLE PRECISION,
    place_lon       DOUBLE PRECISION,
    place_geonameid BIGINT,
    size_personnel  BIGINT,
    size_killed     BIGINT,
    size_injured    BIGINT,
    size_text       TEXT,
    confidence      DOUBLE PRECISION NOT NULL,
    CHECK (begin_offset >= 0 AND end_offset > begin_offset)
);
CREATE INDEX events_by_article ON events (article_id);

-- No foreign keys here, as in DuckDB (which turns updates of a referenced row into a delete and insert);
-- rows are always written and deleted together with their event, in one transaction.
CREATE TABLE event_actors (
    event_id     TEXT NOT NULL,
    role         TEXT NOT NULL,                 -- source or target
    position     INTEGER NOT NULL,                 -- order within its side
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    token_begin  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    text         TEXT NOT NULL,
    actor_id     TEXT NOT NULL,
    basis        TEXT NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_by_actor ON event_actors (actor_id);
