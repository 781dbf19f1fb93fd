-- The copies of the catalogue's services and the registry's clients keep the producer's version
-- beside the event time: the outbox library's one "newer" rule compares versions first and event
-- times between equal versions. Rows from before hold version 0, so the producer's next event of
-- the entity restates them.
alter table known_service add column version bigint not null default 0;
alter table known_client add column version bigint not null default 0;
