-- Staff find any contact of their organisation by the words of the matter, stemmed in the
-- contact's own language as the knowledge portal stems articles (PostgreSQL's configurations).
-- Generated, so that every write path (intake, e-mail, import, erasure's blanking) keeps it true.
alter table contact add column search_vector tsvector generated always as (
    case language
        when 'fi' then to_tsvector('finnish', coalesce(description, ''))
        when 'sv' then to_tsvector('swedish', coalesce(description, ''))
        when 'en' then to_tsvector('english', coalesce(description, ''))
        else to_tsvector('simple', coalesce(description, ''))
    end) stored;
create index contact_search_idx on contact using gin (search_vector);
-- Newest first within the queues a caller sees: the search's order when no words are given.
create index contact_received_idx on contact (received_at desc, id);
-- The AND of a set of query terms (one per word of a search), built in the query itself.
create aggregate tsquery_and_all(tsquery) (sfunc = tsquery_and, stype = tsquery);
