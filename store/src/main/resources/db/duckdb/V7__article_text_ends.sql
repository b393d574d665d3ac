-- V7: each article's text ends (core's TextEnds: its first two lines and last three, cut short), where a
-- report credits a wire service for its whole story. Credibility reads the credit from here, with the
-- articles' descriptions, instead of reading every text. A table of its own rather than a column of
-- articles, which other tables reference (DuckDB cannot alter such a table). Rows for articles stored
-- before V7 are filled in when a writer opens the store. Kept in step with the other dialect's V7.
CREATE TABLE article_text_ends (
    article_id VARCHAR(64) PRIMARY KEY,
    text_ends  VARCHAR NOT NULL
);
