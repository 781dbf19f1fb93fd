-- The contact search index keeps a small pending list. GIN appends new entries to an unsorted
-- list that every search reads in full until it is merged. Every new contact and every change of
-- one (a non-HOT update: assignment, handling, closing) adds its words there, so under steady
-- intake the default 4 MB list was always partly full. 3,200 contacts taken in and closed left
-- 56 pages that took a search for a rare word from 0.05 ms to 1.25 ms. A full list (512 pages)
-- would add about 10 ms for each word of every search. The knowledge portal's indexes have no list
-- at all (they are written rarely and read constantly). Here intake writes constantly, so the
-- list stays but is merged at 256 kB (32 pages): the search reads at most that, and one intake
-- in about twenty merges it.
alter index contact_search_idx set (gin_pending_list_limit = 256);
select gin_clean_pending_list('contact_search_idx'::regclass);
