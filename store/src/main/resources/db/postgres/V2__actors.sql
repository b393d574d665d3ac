-- V2: what the actor stage read in each article. An article's analysis (the pipeline version that
-- produced its rows), the actor references its mentions point to, and the mentions themselves.
-- Kept in step with db/duckdb/V2__actors.sql; differences are noted where they occur.
--
-- Enumerations are stored as words (lower case; a sector as its CAMEO code) without a CHECK listing
-- them: they grow with the pipeline (DuckDB could not drop such a constraint, and the dialects are
-- kept alike), and the adapter validates what it reads.

CREATE TABLE analyses (
    article_id  VARCHAR(16) PRIMARY KEY REFERENCES articles (id),
    analysis    TEXT NOT NULL,                     -- the version string of the pipeline that analysed it
    analysed_at TIMESTAMP NOT NULL                 -- UTC, when that analysis was stored
);

-- One row per actor id: the newest reference stored under it (a later save replaces the row).
CREATE TABLE actors (
    id                TEXT PRIMARY KEY,            -- kebab-case: a knowledge-base id, or one derived or minted from it
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL,               -- state, organization, person, group
    country           VARCHAR(3),                  -- ISO 3166-1 alpha-3
    sector            TEXT,                        -- CAMEO role code: GOV, MIL, REB, ...
    cameo             TEXT,                        -- CAMEO actor code
    lineage           TEXT NOT NULL,               -- JSON array of actor ids, from this actor up: ["quds-force","irgc","iran"]
    origin            TEXT NOT NULL,               -- known, derived, candidate
    affiliation_link  TEXT,                        -- a derived group's defining link: backed_by, proxy_of, ...
    affiliation_actor TEXT,                        -- ... and the actor it points to; no foreign key: it may have no mention
    updated_at        TIMESTAMP NOT NULL,          -- UTC, when this reference was last stored
    CHECK ((affiliation_link IS NULL) = (affiliation_actor IS NULL))
    -- The lineage is JSON text as in DuckDB (where a list column cannot be updated under a foreign
    -- key); cast it (lineage::jsonb) to query it.
);

CREATE TABLE actor_mentions (
    article_id   VARCHAR(16) NOT NULL REFERENCES articles (id),
    begin_offset INTEGER NOT NULL,                 -- [begin_offset, end_offset) into the article's cleaned text
    end_offset   INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,                 -- the sentence's index in the article
    token_begin  INTEGER NOT NULL,                 -- [token_begin, token_end) into that sentence's tokens
    token_end    INTEGER NOT NULL,
    text         TEXT NOT NULL,                    -- the words of the report
    actor_id     TEXT NOT NULL REFERENCES actors (id),
    basis        TEXT NOT NULL,                    -- why the words are that actor: alias, office, coreference, ...
    confidence   DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    PRIMARY KEY (article_id, begin_offset, end_offset),   -- also serves reading one article's mentions in text order
    CHECK (begin_offset >= 0 AND end_offset > begin_offset),
    CHECK (sentence >= 0 AND token_begin >= 0 AND token_end > token_begin)
);
-- PostgreSQL only: the actor summary groups by actor and counts distinct articles, which this index
-- answers without the table (and it serves the foreign key's checks when an actor row is replaced).
CREATE INDEX actor_mentions_by_actor ON actor_mentions (actor_id, article_id);
