-- Clients: persons, organisations and communities. Identity codes are stored encrypted (AES-GCM)
-- and found through a keyed hash (HMAC-SHA256); neither reveals the code without the keys.
create table client (
    id                      uuid primary key,
    kind                    text not null check (kind in ('PERSON', 'ORGANISATION', 'COMMUNITY')),
    first_name              text,
    last_name               text,
    name                    text,
    identity_code_encrypted text,
    identity_code_hash      text unique,
    birth_date              date,
    business_id             text unique,
    organisation_type       text,
    preferred_language      text not null default 'fi' check (preferred_language in ('fi', 'sv', 'en')),
    preferred_channels      varchar[] not null default '{}',
    emails                  varchar[] not null default '{}',
    phones                  varchar[] not null default '{}',
    municipality_code       text,
    keycloak_subject        text unique,
    status                  text not null default 'ACTIVE' check (status in ('ACTIVE', 'ERASED')),
    version                 integer not null default 1,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
create index client_name_idx on client (lower(last_name), lower(first_name));

-- Every read of a person's personal data by staff, and every change: who, which organisation,
-- when, what and why.
create table audit_entry (
    id                 bigserial primary key,
    client_id          uuid not null,
    actor              text not null,
    actor_organisation text,
    actor_roles        text not null,
    action             text not null check (action in ('READ', 'SEARCH', 'REGISTER', 'UPDATE')),
    purpose            text not null,
    at                 timestamptz not null default now()
);
create index audit_entry_client_idx on audit_entry (client_id, at);
create index audit_entry_actor_idx on audit_entry (actor, at);
