-- V2: what the actor stage read in each article. An article's analysis (the pipeline version that
-- produced its rows), the actor references its mentions point to, and the mentions themselves.
-- Kept in step with db/postgres/V2__actors.sql; differences are noted where they occur.
--
-- Enumerations are stored as words (lower case; a sector as its CAMEO code) WITHOUT a CHECK listing
-- them: they grow with the pipeline, DuckDB cannot drop a constraint, and the adapter validates what
-- it reads. No CHECK on analyses or actors names a key column: in DuckDB that turns every UPDATE of
-- the table into a delete and insert, which the foreign keys to it then refuse.

CREATE TABLE analyses (
    article_id  VARCHAR(16) PRIMARY KEY REFERENCES articles (id),
    analysis    VARCHAR NOT NULL,                  -- the version string of the pipeline that analysed it
    analysed_at TIMESTAMP NOT NULL                 -- UTC, when that analysis was stored
);

-- One row per actor id: the newest reference stored under it (a later save replaces the row).
CREATE TABLE actors (
    id                VARCHAR PRIMARY KEY,         -- kebab-case: a knowledge-base id, or one derived or minted from it
    name              VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,            -- state, organization, person, group
    country           VARCHAR(3),                  -- ISO 3166-1 alpha-3
    sector            VARCHAR,                     -- CAMEO role code: GOV, MIL, REB, ...
    cameo             VARCHAR,                     -- CAMEO actor code
    lineage           VARCHAR NOT NULL,            -- JSON array of actor ids, from this actor up: ["quds-force","irgc","iran"]
    origin            VARCHAR NOT NULL,            -- known, derived, candidate
    affiliation_link  VARCHAR,                     -- a derived group's defining link: backed_by, proxy_of, ...
    affiliation_actor VARCHAR,                     -- ... and the actor it points to; no foreign key: it may have no mention
    updated_at        TIMESTAMP NOT NULL,          -- UTC, when this reference was last stored
    CHECK ((affiliation_link IS NULL) = (affiliation_actor IS NULL))
    -- The lineage is JSON text, not a VARCHAR[]: DuckDB rewrites an update of a list column as a
    -- delete and insert, which the foreign key from actor_mentions refuses.
);

CREATE TABLE actor_mentions (
    article_id   VARCHAR(16) NOT NULL REFERENCES articles (id),
    begin_offset INTEGER NOT NULL,                 -- [begin_offset, end_offset) into the article's cleaned text
    end_offset   INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,                 -- the sentence's index in the article
    token_begin  INTEGER NOT NULL,                 -- [token_begin, token_end) into that sentence's tokens
    token_end    INTEGER NOT NULL,
    text         VARCHAR NOT NULL,                 -- the words of the report
    actor_id     VARCHAR NOT NULL REFERENCES actors (id),
    basis        VARCHAR NOT NULL,                 -- why the words are that actor: alias, office, coreference, ...
    confidence   DOUBLE NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    PRIMARY KEY (article_id, begin_offset, end_offset),   -- also serves reading one article's mentions in text order
    CHECK (begin_offset >= 0 AND end_offset > begin_offset),   -- names the key, but no foreign key points here
    CHECK (sentence >= 0 AND token_begin >= 0 AND token_end > token_begin)
);
-- No index on actor_id for the summary as in PostgreSQL: DuckDB's GROUP BY scans columns, its ART
-- indexes serve only point and very selective lookups, and one would slow every insert down.
