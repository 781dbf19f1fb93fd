-- The management view's area filter (issue 23): an area named in area= must be a responsibility
-- area (a catalogue unit) of the organisation whose figures are seen. Feedback keeps the smallest
-- copy of the catalogue's organisations for that check, fed from its organisation.upserted events,
-- each applied once and only when newer (the outbox's inbox).
create table known_organisation (
    organisation_id uuid primary key,
    code            text not null,
    parent_id       uuid,
    version         bigint not null default 0,
    updated_at      timestamptz not null
);
create index known_organisation_parent_idx on known_organisation (parent_id);
create index known_service_area_idx on known_service (responsibility_area_id);
