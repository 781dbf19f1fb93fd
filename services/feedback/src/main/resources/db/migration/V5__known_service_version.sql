-- The copy of a catalogue service keeps the catalogue's version beside the event time: the outbox
-- library's one "newer" rule compares versions first and event times between equal versions.
-- Rows from before hold version 0, so the catalogue's next event of the service restates them.
alter table known_service add column version bigint not null default 0;
