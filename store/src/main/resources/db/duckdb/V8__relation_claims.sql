-- V8: the relations a report states between two actors it names (issue 21): "the Z Brigades, loyal
-- to Y", "X-backed separatists", "Ahmed Musa, deputy head of the Y Council". Kept in step with
-- db/postgres/V8__relation_claims.sql; differences are noted where they occur.
--
-- One row a claim, read "a type b" (a member_of b, a supports b; ally and hostile either way). Each
-- side is an actor mention as in force_claims (a_* and b_*), its actor_id the actor's row in actors,
-- written with the claim. The date is the claim's as in events (the article's, as the actor stage
-- reads it); modality and attribution as in force_claims.
CREATE TABLE relation_claims (
    id                VARCHAR PRIMARY KEY,         -- the claim's id, unique across articles
    article_id        VARCHAR(16) NOT NULL REFERENCES articles (id),
    sentence          INTEGER NOT NULL,
    begin_offset      INTEGER NOT NULL,            -- [begin_offset, end_offset) into the article's cleaned text
    end_offset        INTEGER NOT NULL,
    text              VARCHAR NOT NULL,            -- the words that state it
    a_begin           INTEGER NOT NULL,
    a_end             INTEGER NOT NULL,
    a_sentence        INTEGER NOT NULL,
    a_token_begin     INTEGER NOT NULL,
    a_token_end       INTEGER NOT NULL,
    a_text            VARCHAR NOT NULL,
    a_actor_id        VARCHAR NOT NULL,
    a_basis           VARCHAR NOT NULL,
    a_confidence      DOUBLE NOT NULL,
    relation          VARCHAR NOT NULL,            -- the contract's relation type: ally, supports, member_of, ...
    b_begin           INTEGER NOT NULL,
    b_end             INTEGER NOT NULL,
    b_sentence        INTEGER NOT NULL,
    b_token_begin     INTEGER NOT NULL,
    b_token_end       INTEGER NOT NULL,
    b_text            VARCHAR NOT NULL,
    b_actor_id        VARCHAR NOT NULL,
    b_basis           VARCHAR NOT NULL,
    b_confidence      DOUBLE NOT NULL,
    cue               VARCHAR NOT NULL,            -- the words that carry the relation: "backed by", "loyal to"
    date_value        VARCHAR,                     -- as in events; null when undated
    date_precision    VARCHAR,
    date_basis        VARCHAR,
    date_start        VARCHAR(10),
    date_end          VARCHAR(10),
    modality          VARCHAR NOT NULL,
    attribution       VARCHAR NOT NULL,            -- the chain, as events.attribution
    CHECK (begin_offset >= 0 AND end_offset > begin_offset),
    CHECK (a_actor_id <> b_actor_id)
);
CREATE INDEX relation_claims_by_article ON relation_claims (article_id);
-- No foreign key to actors, as for force_claims: a claim and its actors' rows are written in one
-- transaction. Every claim is read at once by the corpus model, so no index serves a lookup by actor.
