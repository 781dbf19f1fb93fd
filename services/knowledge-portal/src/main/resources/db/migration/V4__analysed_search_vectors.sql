-- Search indexes what the service's own analysis computes at publication (TextAnalysis: Snowball
-- stems, Voikko's and Hunspell's base forms and compound parts, and every term also without
-- diacritics), no longer PostgreSQL's finnish/swedish/english configurations: the vectors are
-- written by the service with the 'simple' configuration instead of generated. Exact terms weigh A
-- (title) and B (text), terms without diacritics C (title) and D (text).
drop index translation_search_idx;
drop index translation_title_idx;
alter table translation drop column search_vector, drop column title_vector;
alter table translation add column index_vector tsvector, add column index_title tsvector;
-- kept compressed in the row rather than out of line: ranking reads it for every candidate
alter table translation alter column index_vector set storage main;
create index translation_index_idx on translation using gin (index_vector) where published_version is not null;
create index translation_index_title_idx on translation using gin (index_title) where published_version is not null;
-- published texts not analysed yet (those published before this migration, or written straight
-- into the database like the benchmark's corpus): the indexer (SearchIndexer) analyses them
create index translation_unindexed_idx on translation (id) where published_version is not null and index_vector is null;
-- counted again from the new vectors as texts are analysed
truncate search_lexeme;
