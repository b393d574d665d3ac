-- V1: articles as ingested (identity, source, metadata, raw and cleaned text), the spans cleaning
-- dropped, the problems found, and each article's near-duplicate signature.
-- Later stages (annotations, actors, events) add their own tables in V2 and after, referring to articles(id).
-- Kept in step with db/postgres/V1__articles.sql; differences are noted where they occur.

CREATE TABLE articles (
    id                  VARCHAR(16) PRIMARY KEY,   -- ArticleId: 16 hex digits of the normalized text's SHA-256
    source_path         VARCHAR NOT NULL,          -- the input's path as the user gave it
    source_format       VARCHAR(8) NOT NULL CHECK (source_format IN ('text', 'html', 'jsonl', 'feed')),
    source_item         INTEGER NOT NULL CHECK (source_item >= 0),   -- position in a many-report file, 0 for a whole file
    title               VARCHAR,
    outlet              VARCHAR,
    url                 VARCHAR,
    published_value     VARCHAR(10),               -- as printed: 2018, 2018-09 or 2018-09-02
    published_precision VARCHAR(5) CHECK (published_precision IN ('year', 'month', 'day')),
    published_estimated BOOLEAN,                   -- true when estimated from the text rather than read from metadata
    published_start     DATE,                      -- the first day the value covers, for ordering and ranges
    language            VARCHAR(16) NOT NULL,      -- ISO 639-1, or 'und'
    duplicate_of        VARCHAR(16),               -- no foreign key: a copy may be saved before its original
    raw_text            VARCHAR NOT NULL,
    text                VARCHAR NOT NULL,          -- the cleaned text; later stages' offsets point into it
    ingested_at         TIMESTAMP NOT NULL,        -- UTC, when first stored
    updated_at          TIMESTAMP,                 -- UTC, when its metadata last changed
    CHECK ((published_value IS NULL) = (published_precision IS NULL)
       AND (published_value IS NULL) = (published_estimated IS NULL)
       AND (published_value IS NULL) = (published_start IS NULL))
    -- No CHECK (duplicate_of <> id) as in PostgreSQL: in DuckDB a constraint naming the key turns every
    -- UPDATE into a delete and insert, which the foreign keys to this table then refuse. Article enforces it.
);
-- No index on published_start: DuckDB scans columns fast, and its ART indexes slow updates down.

CREATE TABLE article_dropped_spans (
    article_id   VARCHAR(16) NOT NULL REFERENCES articles (id),
    ordinal      INTEGER NOT NULL,                 -- keeps the article's order of spans
    start_offset INTEGER NOT NULL,                 -- [start_offset, end_offset) into raw_text
    end_offset   INTEGER NOT NULL,
    reason       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

CREATE TABLE article_problems (
    article_id VARCHAR(16) NOT NULL REFERENCES articles (id),
    ordinal    INTEGER NOT NULL,
    severity   VARCHAR(8) NOT NULL CHECK (severity IN ('warning', 'skipped')),
    location   VARCHAR NOT NULL,                   -- Problem.where: the file, row or item
    message    VARCHAR NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE signatures (
    article_id  VARCHAR(16) PRIMARY KEY REFERENCES articles (id),
    hash_values INTEGER[] NOT NULL                 -- MinHash: the least shingle hash under each hash function
);
