-- Queues belong to an organisation; a queue is shared with another organisation only on purpose.
create table queue (
    id           uuid primary key,
    code         text not null unique,
    organisation text not null,
    triage       boolean not null default false,
    name_fi      text not null,
    name_sv      text not null,
    name_en      text not null
);

create table queue_share (
    queue_id     uuid not null references queue (id) on delete cascade,
    organisation text not null,
    primary key (queue_id, organisation)
);

-- This service's copy of the catalogue's routing data, kept from service.published events.
create table known_service (
    service_id    uuid primary key,
    code          text not null,
    service_group text not null,
    organisation  text not null,
    default_queue text not null,
    name_fi       text,
    name_sv       text,
    name_en       text,
    status        text not null,
    updated_at    timestamptz not null
);

create table contact (
    id                     uuid primary key,
    tracking_code          text not null unique,
    access_secret_hash     text,
    service_id             uuid,
    queue_id               uuid not null references queue (id),
    organisation           text not null,
    channel                text not null,
    language               text not null check (language in ('fi', 'sv', 'en')),
    description            text not null,
    contact_name           text,
    contact_email          text,
    contact_phone          text,
    client_id              uuid,
    submitted_by           text,
    status                 text not null,
    received_at            timestamptz not null,
    idempotency_key        text,
    idempotency_fingerprint text,
    version                integer not null default 0
);
create index contact_queue_idx on contact (queue_id, received_at);
create unique index contact_idempotency_idx on contact (submitted_by, idempotency_key) where idempotency_key is not null;

insert into queue (id, code, organisation, triage, name_fi, name_sv, name_en) values
 ('7c1f0a00-0000-4000-8000-000000000001', 'uusimaa-triage', 'ely-uusimaa', true,
  'Uusimaa: asiakaspalvelu', 'Nyland: kundtjänst', 'Uusimaa: customer service'),
 ('7c1f0a00-0000-4000-8000-000000000002', 'uusimaa-permits', 'ely-uusimaa', false,
  'Uusimaa: luvat', 'Nyland: tillstånd', 'Uusimaa: permits'),
 ('7c1f0a00-0000-4000-8000-000000000003', 'pirkanmaa-triage', 'ely-pirkanmaa', true,
  'Pirkanmaa: asiakaspalvelu', 'Birkaland: kundtjänst', 'Pirkanmaa: customer service'),
 ('7c1f0a00-0000-4000-8000-000000000004', 'pirkanmaa-roads', 'ely-pirkanmaa', false,
  'Pirkanmaa: tiet ja liikenne', 'Birkaland: vägar och trafik', 'Pirkanmaa: roads and transport');
