-- V6: what a server and the corpus-level learners need (issue 19). Kept in step with
-- db/postgres/V6__revision_inputs_and_line_holders.sql; differences are noted where they occur.
--
-- store_revision: one number, raised by every write a reader can see (articles, analyses), so that a
-- reader keeps what it built from the store (a corpus model) until it changes.
-- article_inputs: what an article was cleaned from, beyond what articles holds already (source, url,
-- outlet, raw_text): the input's own title and published value, and how many of the article's first
-- problems came with it. An article is cleaned again from it when the boilerplate learnt from the
-- corpus changes. Articles stored before V6 have none.
-- line_holders: the boilerplate learner's state. For each short line of any report read (its
-- comparison key), the smallest ids of the reports holding it, at most as many as make a line
-- boilerplate; a report that cleaning left empty was read too, so report_id has no foreign key.

-- One row, no key: DuckDB turns an UPDATE of a keyed row into a delete and insert.
CREATE TABLE store_revision (
    revision BIGINT NOT NULL
);
INSERT INTO store_revision VALUES (0);

CREATE TABLE article_inputs (
    article_id VARCHAR(16) PRIMARY KEY REFERENCES articles (id),
    title      VARCHAR,                            -- as read (the manifest's, the file's), before title splitting
    published  VARCHAR,                            -- the input's own string, before it was read as a date
    problems   INTEGER NOT NULL CHECK (problems >= 0)   -- the article's first problems that the input came with
);

-- No key and no index in DuckDB: a key's holders are replaced as a whole, and a scan of short strings
-- answers the few look-ups of a batch; an ART index would slow every ingest down. PostgreSQL has a key.
CREATE TABLE line_holders (
    line_key  VARCHAR NOT NULL,                    -- a short line, lower case, letters and digits only
    report_id VARCHAR(16) NOT NULL
);
