-- Kohtaamo outbox library: parked outbox rows, the inbox purge and the dead letters a consumer owes.

-- A row whose publication failed with an error no retry can cure (a record too large, say) is
-- parked with its reason instead of being retried forever; later rows of its aggregate wait behind it.
alter table outbox_event add column parked_at timestamptz;
create index outbox_event_parked on outbox_event (seq) where parked_at is not null;

-- The purge deletes inbox records older than the longest redelivery window.
create index inbox_event_processed_at on inbox_event (processed_at);

-- Events this service's consumers sent to their dead-letter topic, until they are handled (the
-- event is processed after a replay) or dismissed: what the unhandled-dead-letters metric counts.
create table dead_letter (
    id               bigserial   primary key,
    consumer         text        not null,
    event_id         uuid,
    event_type       text,
    topic            text        not null,
    kafka_partition  integer     not null,
    kafka_offset     bigint      not null,
    reason           text        not null,
    dead_lettered_at timestamptz not null default now(),
    handled_at       timestamptz
);
create index dead_letter_unhandled on dead_letter (event_id) where handled_at is null;
