-- The copy of a catalogue service keeps the time of the event it was built from beside the
-- catalogue's version: the outbox library's one "newer" rule compares versions first and event
-- times between equal versions. Rows from before know no time; the epoch lets any later event of
-- their version restate them.
alter table known_service alter column version type bigint;
alter table known_service add column updated_at timestamptz not null default timestamptz '1970-01-01 00:00:00+00';
alter table known_service alter column updated_at drop default;
