-- V5: who says it (issue 7). An event's chain of attribution, outlet first, and the force-size
-- statements of each article ("roughly 5,000 Hizballah troops"). Kept in step with
-- db/duckdb/V5__attribution_and_force_claims.sql; differences are noted where they occur.
--
-- A chain is JSON text, as the lineage is in V2: an array of links, outlet first,
--   [{"text":"DEBKA Weekly","kind":"media","actor_id":null,"begin":-1,"end":-1}, ...]
-- kind a lower-case word (media, organization, official, named, anonymous); actor_id the id of the
-- link's actor in actors, or null; begin and end offsets into the article's cleaned text, -1 for the
-- outlet, which the text need not name. An id that actors lacks reads back as a link without actor.

-- Nullable as in DuckDB (which cannot add a column with a constraint); every row written since holds
-- '[]' at least, and the adapter reads a null as an empty chain.
ALTER TABLE events ADD COLUMN attribution TEXT DEFAULT '[]';

CREATE TABLE force_claims (
    id                TEXT PRIMARY KEY,            -- the force claim's id, unique across articles
    article_id        VARCHAR(16) NOT NULL REFERENCES articles (id),
    sentence          INTEGER NOT NULL,
    begin_offset      INTEGER NOT NULL,            -- [begin_offset, end_offset) into the article's cleaned text
    end_offset        INTEGER NOT NULL,
    text              TEXT NOT NULL,               -- the words of the figure: "at least 25,000 Shiite fighters"
    -- whose forces: an actor mention, as in event_actors
    actor_begin       INTEGER NOT NULL,
    actor_end         INTEGER NOT NULL,
    actor_sentence    INTEGER NOT NULL,
    actor_token_begin INTEGER NOT NULL,
    actor_token_end   INTEGER NOT NULL,
    actor_text        TEXT NOT NULL,
    actor_id          TEXT NOT NULL,               -- the actor's row in actors, written with the claim
    actor_basis       TEXT NOT NULL,
    actor_confidence  DOUBLE PRECISION NOT NULL,
    personnel         BIGINT NOT NULL,
    estimate          TEXT NOT NULL,               -- exact, about, at_least, at_most, from, to
    date_value        TEXT,                        -- as in events: 2018, 2018-08 or 2018-08-08; null when undated
    date_precision    TEXT,
    date_basis        TEXT,
    date_start        VARCHAR(10),                 -- the first and last day the date covers, for ordering
    date_end          VARCHAR(10),
    place_name        TEXT,                        -- as in events; null when no place
    place_country     VARCHAR(3),
    place_admin1      TEXT,
    place_lat         DOUBLE PRECISION,
    place_lon         DOUBLE PRECISION,
    place_geonameid   BIGINT,
    place_precision   TEXT,
    modality          TEXT NOT NULL,
    attribution       TEXT NOT NULL,               -- the chain, as events.attribution
    CHECK (begin_offset >= 0 AND end_offset > begin_offset),
    CHECK (personnel > 0)
);
CREATE INDEX force_claims_by_article ON force_claims (article_id);
-- No foreign key to actors, as for event_actors: the claim and its actor's row are written in one
-- transaction. PostgreSQL only: the --actor filter finds the matching actors (by id or lineage) and
-- then their claims, which this index answers without scanning the table.
CREATE INDEX force_claims_by_actor ON force_claims (actor_id);
