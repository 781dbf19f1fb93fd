-- An agency system's subscription: where to send which event types of its organisation, signed with
-- its secret (and, during a rotation's overlap, the previous one too).
create table subscription (
    id uuid primary key,
    organisation text not null,
    url text not null,
    description text,
    event_types text[] not null,
    secret text not null,
    previous_secret text,
    previous_secret_until timestamptz,
    active boolean not null,
    ended_reason text,
    created_by text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version integer not null
);
create index subscription_organisation on subscription (organisation, active);

-- One event for one subscription, delivered at least once. seq orders a subscription's deliveries
-- of one aggregate (ordering_key: the contact, feedback or service id): a delivery waits while an
-- earlier one of its key is still pending.
create table delivery (
    id uuid primary key,
    seq bigserial not null,
    subscription_id uuid not null references subscription (id) on delete cascade,
    event_id uuid not null,
    event_type text not null,
    ordering_key text not null,
    payload text not null,
    status text not null,
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    retry_from timestamptz not null,
    last_status_code integer,
    last_error text,
    created_at timestamptz not null,
    delivered_at timestamptz,
    parked_at timestamptz,
    constraint delivery_once unique (subscription_id, event_id),
    constraint delivery_status check (status in ('PENDING', 'DELIVERED', 'PARKED'))
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_order on delivery (subscription_id, ordering_key, seq) where status = 'PENDING';
create index delivery_log on delivery (subscription_id, seq desc);

-- Every attempt with the receiver's answer (or why there was none) and how long it took.
create table delivery_attempt (
    id bigserial primary key,
    delivery_id uuid not null references delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    status_code integer,
    duration_ms integer not null,
    error text
);
create index delivery_attempt_of on delivery_attempt (delivery_id, id);
