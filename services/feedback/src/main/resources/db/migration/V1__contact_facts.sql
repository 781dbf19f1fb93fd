-- One row per contact received anywhere, from contact routing's contact.received events: the
-- basis of contact volumes in the management view. No personal data.
create table contact_fact (
    contact_id   uuid primary key,
    service_id   uuid,
    queue_code   text not null,
    organisation text not null,
    channel      text not null,
    language     text not null,
    received_at  timestamptz not null
);
create index contact_fact_org_time_idx on contact_fact (organisation, received_at);
