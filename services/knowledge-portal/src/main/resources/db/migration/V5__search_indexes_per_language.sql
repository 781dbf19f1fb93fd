-- Text indexes per language. A search reads each language with that language's terms, but the
-- indexes of V4 held every language: a Swedish query's word that is also the start of thousands
-- of Finnish titles (a prefix expansion, a shared loan word) made PostgreSQL fetch those thousands
-- of rows only to drop them for their language (one search of the benchmark read 14,408 pages for
-- no result). The predicates say "(language || '') = ..." as the search's queries do: written so,
-- the condition cannot be answered by the (article_id, language) key's index, which the planner
-- would otherwise walk in the hope of meeting matches early (see Search).
create index if not exists translation_index_title_fi_idx on translation using gin (index_title)
    where published_version is not null and (language || '') = 'fi';
create index if not exists translation_index_title_sv_idx on translation using gin (index_title)
    where published_version is not null and (language || '') = 'sv';
create index if not exists translation_index_title_en_idx on translation using gin (index_title)
    where published_version is not null and (language || '') = 'en';
create index if not exists translation_index_fi_idx on translation using gin (index_vector)
    where published_version is not null and (language || '') = 'fi';
create index if not exists translation_index_sv_idx on translation using gin (index_vector)
    where published_version is not null and (language || '') = 'sv';
create index if not exists translation_index_en_idx on translation using gin (index_vector)
    where published_version is not null and (language || '') = 'en';
drop index if exists translation_index_title_idx;
drop index if exists translation_index_idx;

-- The expiry job (every 30 s) looks for published translations whose expiry time has come:
-- "published_version is not null and expire_at <= now". The index of V1 covers status 'PUBLISHED'
-- only (a published translation with a new draft under review has another status), so the job
-- read the whole table: with the benchmark's 160,000 texts 0.5-3 s of database time every 30 s.
drop index if exists translation_expiry_idx;
create index if not exists translation_published_expiry_idx on translation (expire_at) where published_version is not null;
