-- The service map aligned with the national service catalogue (PTV): organisation structure,
-- full service descriptions, classifications, channels with service hours, routing data, and
-- the version history of every change.

alter table organisation
    add column organisation_type text not null default 'STATE'
        check (organisation_type in ('STATE', 'REGIONAL_STATE', 'MUNICIPALITY', 'REGION', 'COMPANY', 'ORGANIZATION', 'OTHER')),
    add column parent_id uuid references organisation (id),
    add column area_codes varchar[] not null default '{}',
    add column version integer not null default 1,
    add column updated_at timestamptz not null default now();

alter table service
    add column ptv_type text not null default 'SERVICE'
        check (ptv_type in ('SERVICE', 'PERMIT_OR_OBLIGATION', 'PROFESSIONAL_QUALIFICATION')),
    add column charge_type text not null default 'FREE' check (charge_type in ('FREE', 'CHARGED', 'OTHER')),
    add column area_type text not null default 'LIMITED'
        check (area_type in ('NATIONWIDE', 'NATIONWIDE_EXCEPT_ALAND', 'LIMITED')),
    add column area_codes varchar[] not null default '{}',
    add column client_contact text not null default 'DIRECT' check (client_contact in ('DIRECT', 'INDIRECT')),
    -- longer texts per language: description, userInstructions, processingTime, validityTime
    add column texts jsonb not null default '{}',
    add column required_skills varchar[] not null default '{}',
    add column priority integer not null default 3 check (priority between 1 and 5),
    add column first_response_hours integer not null default 8 check (first_response_hours > 0),
    add column resolution_hours integer not null default 80 check (resolution_hours > 0),
    -- the extra questions a contact form asks (Open311 attributes)
    add column attributes jsonb not null default '[]',
    add column version integer not null default 1,
    add column updated_by text not null default 'migration';

create table service_classification (
    service_id uuid not null references service (id) on delete cascade,
    kind       text not null check (kind in ('SERVICE_CLASS', 'TARGET_GROUP', 'LIFE_EVENT', 'KEYWORD')),
    code       text not null,
    label_fi   text,
    label_sv   text,
    label_en   text,
    primary key (service_id, kind, code)
);
create index service_classification_code_idx on service_classification (kind, code);

create table service_producer (
    service_id      uuid not null references service (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (service_id, organisation_id)
);

create table channel (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    channel_type    text not null check (channel_type in ('ELECTRONIC', 'WEB_PAGE', 'PRINTABLE_FORM', 'PHONE', 'SERVICE_LOCATION')),
    name_fi         text,
    name_sv         text,
    name_en         text,
    languages       varchar[] not null default '{fi}',
    -- e-mail, phone, url, address
    contact         jsonb not null default '{}',
    -- always open / weekly schedules / exceptional days; see ServiceHours
    hours           jsonb not null default '{}',
    version         integer not null default 1,
    updated_at      timestamptz not null default now()
);

create table service_channel (
    service_id uuid not null references service (id) on delete cascade,
    channel_id uuid not null references channel (id) on delete cascade,
    primary key (service_id, channel_id)
);

create table service_history (
    id         bigserial primary key,
    service_id uuid not null references service (id) on delete cascade,
    version    integer not null,
    action     text not null,
    changed_by text not null,
    changed_at timestamptz not null default now(),
    snapshot   jsonb not null
);
create index service_history_service_idx on service_history (service_id, version);

