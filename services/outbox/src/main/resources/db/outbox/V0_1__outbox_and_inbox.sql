-- Kohtaamo outbox library: the tables every producing or consuming service needs.
-- Library migrations use versions below 1 so that they run before a service's own.

-- Events written in the same transaction as the state change they describe; the relay
-- publishes them to Kafka in seq order per aggregate and marks them published.
create table outbox_event (
    seq             bigserial primary key,
    event_id        uuid        not null unique,
    topic           text        not null,
    aggregate_id    text        not null,
    event_type      text        not null,
    payload         text        not null,
    created_at      timestamptz not null default now(),
    published_at    timestamptz,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_aggregate_pending on outbox_event (aggregate_id, seq) where published_at is null;

-- Events a consumer has applied, recorded in the same transaction as their effect, so that a
-- redelivered event has no second effect.
create table inbox_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
