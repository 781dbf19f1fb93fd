-- Merged clients point at the client they were merged into; activity drives the retention rule.
alter table client drop constraint client_status_check;
alter table client add constraint client_status_check check (status in ('ACTIVE', 'ERASED', 'MERGED'));
alter table client
    add column merged_into uuid references client (id),
    add column last_activity_at timestamptz;
update client set last_activity_at = updated_at;
alter table client alter column last_activity_at set not null;
create index client_inactive_idx on client (last_activity_at) where status = 'ACTIVE';

alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
    check (action in ('READ', 'SEARCH', 'REGISTER', 'UPDATE', 'ERASE', 'MERGE', 'EXPORT'));

-- A person acting for an organisation or community, as known to one agency.
create table client_relation (
    id              uuid primary key,
    person_id       uuid not null references client (id),
    organisation_id uuid not null references client (id),
    kind            text not null check (kind in ('REPRESENTATIVE', 'CONTACT_PERSON', 'EMPLOYEE', 'OWNER', 'BOARD_MEMBER')),
    agency          text not null,
    valid_from      date,
    valid_until     date,
    created_at      timestamptz not null,
    created_by      text not null,
    unique (person_id, organisation_id, kind, agency),
    check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create index client_relation_organisation_idx on client_relation (organisation_id);

-- The roles an organisation or community holds towards one agency, several at once.
create table stakeholder_role (
    id        uuid primary key,
    client_id uuid not null references client (id),
    agency    text not null,
    role      text not null check (role in ('CLIENT', 'PARTNER', 'SERVICE_PRODUCER', 'STEERING_BODY')),
    since     date not null,
    unique (client_id, agency, role)
);
create index stakeholder_role_agency_idx on stakeholder_role (agency, role);

-- GDPR export: the registry asks every service holding client data for its part and assembles them.
create table data_export (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    requested_by   text not null,
    requested_via  text not null check (requested_via in ('SELF', 'ADMINISTRATION')),
    status         text not null check (status in ('COLLECTING', 'COMPLETE', 'INCOMPLETE')),
    expected_parts varchar[] not null,
    requested_at   timestamptz not null,
    deadline_at    timestamptz not null,
    completed_at   timestamptz
);
create index data_export_client_idx on data_export (client_id, requested_at);
create index data_export_collecting_idx on data_export (deadline_at) where status = 'COLLECTING';

create table data_export_part (
    id          uuid primary key,
    export_id   uuid not null references data_export (id) on delete cascade,
    service     text not null,
    received_at timestamptz not null,
    -- the part as the service sent it, a JSON document
    data        text not null,
    unique (export_id, service)
);

-- A citizen's request to be forgotten, decided by registry administration. The requester's
-- Keycloak subject stays after erasure so that they can see the outcome.
create table erasure_request (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    requested_by    text not null,
    reason          text,
    status          text not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_at    timestamptz not null,
    decided_at      timestamptz,
    decided_by      text,
    decision_reason text
);
create unique index erasure_request_open_idx on erasure_request (client_id) where status = 'REQUESTED';
create index erasure_request_requester_idx on erasure_request (requested_by);
