-- The register's text filter looks for a fragment anywhere in the number, subject and correspondent
-- (a number is typed in part, "1448-0012"): a trigram index answers LIKE '%…%' on PostgreSQL.
create extension if not exists pg_trgm;
create index letter_search_text_trgm_idx on letter using gin (search_text gin_trgm_ops);
