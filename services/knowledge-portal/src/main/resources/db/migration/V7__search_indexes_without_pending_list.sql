-- The text indexes a search reads are kept without GIN's pending list ("fast update"). With it,
-- PostgreSQL appends new entries to an unsorted list (up to 4 MB an index) that every search
-- reads in full until a vacuum merges it into the index: after publishing or re-analysing texts
-- in bulk (the benchmark's corpus; a change of the analysis) searches used three times the
-- database time (17 ms a search instead of 5.4; p95 78 ms instead of 17 at 50 searches/s, see
-- docs/performance.md) until autovacuum came by, and a re-analysis of 20,000 texts left a list of
-- 322 pages that doubled a search's cost. Without it each analysed text goes into the index at once:
-- 4.3 ms a text instead of 3.4, paid at publication, never by the reader.
alter index translation_index_title_fi_idx set (fastupdate = off);
alter index translation_index_title_sv_idx set (fastupdate = off);
alter index translation_index_title_en_idx set (fastupdate = off);
alter index translation_index_fi_idx set (fastupdate = off);
alter index translation_index_sv_idx set (fastupdate = off);
alter index translation_index_en_idx set (fastupdate = off);
-- "did you mean" and typo corrections: words are added as texts are published
alter index search_word_trgm_idx set (fastupdate = off);

-- what is pending now goes into the indexes
select gin_clean_pending_list(c.oid)
from pg_index i
join pg_class c on c.oid = i.indexrelid
join pg_am am on am.oid = c.relam
where am.amname = 'gin'
  and i.indrelid in ('translation'::regclass, 'search_word'::regclass);
