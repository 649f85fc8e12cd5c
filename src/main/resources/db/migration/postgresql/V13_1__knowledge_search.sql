-- Full-text search over the normalised passages with the 'arabic' configuration (Snowball stemming), so that
-- a query matches other forms of its words, answered from a GIN index.
create index knowledge_passage_fts_idx on knowledge_passage using gin (to_tsvector('arabic', normalized));
