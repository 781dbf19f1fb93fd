-- Automation after intake (issue 26): tags on a contact, supervisors' automation rules that run on
-- contact events (every version kept, as routing rules' are), agents' macros, and a staff notice an
-- automation rule raises.
alter table contact add column tags text[] not null default '{}';

create table automation_rule (
    id          uuid primary key,
    organisation text not null,
    name        text not null,
    enabled     boolean not null,
    triggers    jsonb not null,
    conditions  jsonb not null,
    actions     jsonb not null,
    version     integer not null,
    updated_by  text not null,
    updated_at  timestamptz not null
);
create index automation_rule_organisation on automation_rule (organisation) where enabled;

create table automation_rule_version (
    rule_id    uuid not null,
    version    integer not null,
    change     text not null check (change in ('CREATED', 'UPDATED', 'DELETED')),
    snapshot   jsonb not null,
    changed_by text not null,
    changed_at timestamptz not null,
    primary key (rule_id, version)
);

create table macro (
    id           uuid primary key,
    organisation text not null,
    name         text not null,
    actions      jsonb not null,
    version      integer not null,
    updated_by   text not null,
    updated_at   timestamptz not null
);
create unique index macro_name on macro (organisation, lower(name));

alter table staff_notice drop constraint staff_notice_kind_check;
alter table staff_notice add constraint staff_notice_kind_check
    check (kind in ('TRANSFERRED_TO_EXPERT', 'SLA_AT_RISK', 'SLA_BREACHED', 'NEW_IN_EXPERT_QUEUE', 'AUTOMATION'));
