-- V5: who says it (issue 7). An event's chain of attribution, outlet first, and the force-size
-- statements of each article ("roughly 5,000 Hizballah troops"). Kept in step with
-- db/postgres/V5__attribution_and_force_claims.sql; differences are noted where they occur.
--
-- A chain is JSON text, as the lineage is in V2: an array of links, outlet first,
--   [{"text":"DEBKA Weekly","kind":"media","actor_id":null,"begin":-1,"end":-1}, ...]
-- kind a lower-case word (media, organization, official, named, anonymous); actor_id the id of the
-- link's actor in actors, or null; begin and end offsets into the article's cleaned text, -1 for the
-- outlet, which the text need not name. An id that actors lacks reads back as a link without actor.

-- Nullable: DuckDB cannot add a column with a constraint; every row written since holds '[]' at least,
-- and the adapter reads a null as an empty chain.
ALTER TABLE events ADD COLUMN attribution VARCHAR DEFAULT '[]';

CREATE TABLE force_claims (
    id                VARCHAR PRIMARY KEY,         -- the force claim's id, unique across articles
    article_id        VARCHAR(16) NOT NULL REFERENCES articles (id),
    sentence          INTEGER NOT NULL,
    begin_offset      INTEGER NOT NULL,            -- [begin_offset, end_offset) into the article's cleaned text
    end_offset        INTEGER NOT NULL,
    text              VARCHAR NOT NULL,            -- the words of the figure: "at least 25,000 Shiite fighters"
    -- whose forces: an actor mention, as in event_actors
    actor_begin       INTEGER NOT NULL,
    actor_end         INTEGER NOT NULL,
    actor_sentence    INTEGER NOT NULL,
    actor_token_begin INTEGER NOT NULL,
    actor_token_end   INTEGER NOT NULL,
    actor_text        VARCHAR NOT NULL,
    actor_id          VARCHAR NOT NULL,            -- the actor's row in actors, written with the claim
    actor_basis       VARCHAR NOT NULL,
    actor_confidence  DOUBLE NOT NULL,
    personnel         BIGINT NOT NULL,
    estimate          VARCHAR NOT NULL,            -- exact, about, at_least, at_most, from, to
    date_value        VARCHAR,                     -- as in events: 2018, 2018-08 or 2018-08-08; null when undated
    date_precision    VARCHAR,
    date_basis        VARCHAR,
    date_start        VARCHAR(10),                 -- the first and last day the date covers, for ordering
    date_end          VARCHAR(10),
    place_name        VARCHAR,                     -- as in events; null when no place
    place_country     VARCHAR(3),
    place_admin1      VARCHAR,
    place_lat         DOUBLE,
    place_lon         DOUBLE,
    place_geonameid   BIGINT,
    place_precision   VARCHAR,
    modality          VARCHAR NOT NULL,
    attribution       VARCHAR NOT NULL,            -- the chain, as events.attribution
    CHECK (begin_offset >= 0 AND end_offset > begin_offset),
    CHECK (personnel > 0)
);
CREATE INDEX force_claims_by_article ON force_claims (article_id);
-- No foreign key to actors and no index on actor_id, as for event_actors: the claim and its actor's
-- row are written in one transaction, and the --actor filter scans actors for the lineage (a LIKE no
-- index serves) and hash-joins, where an ART index would only slow inserts down. PostgreSQL has one.
