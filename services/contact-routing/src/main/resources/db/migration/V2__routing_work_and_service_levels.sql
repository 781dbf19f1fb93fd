-- Routing rules, business calendars, service levels, agents and the handling of contacts.

-- The catalogue's routing data for a service: required skills (name -> minimum level), priority,
-- its own service-level promise and its extra questions.
alter table known_service
    add column required_skills      jsonb   not null default '{}',
    add column priority             integer not null default 3,
    add column first_response_hours integer,
    add column resolution_hours     integer,
    add column attributes           jsonb   not null default '[]';

-- This service's copy of what routing needs of a client, from the registry's events.
create table known_client (
    client_id         uuid primary key,
    preferred_language text,
    municipality_code text,
    segments          text[] not null default '{}',
    updated_at        timestamptz not null
);

create table business_calendar (
    id              uuid primary key,
    code            text not null unique,
    organisation    text not null,
    name            text not null,
    zone            text not null default 'Europe/Helsinki',
    public_holidays boolean not null default true,
    version         integer not null default 0
);

-- Several working periods a day; weekday 1 = Monday ... 7 = Sunday.
create table calendar_period (
    calendar_id uuid not null references business_calendar (id) on delete cascade,
    weekday     integer not null check (weekday between 1 and 7),
    opens       time not null,
    closes      time not null,
    check (opens < closes)
);
create index calendar_period_idx on calendar_period (calendar_id);

-- A date with other hours than usual; a row without hours closes the whole day.
create table calendar_exception (
    calendar_id uuid not null references business_calendar (id) on delete cascade,
    day         date not null,
    opens       time,
    closes      time,
    reason      text,
    check ((opens is null and closes is null) or (opens < closes))
);
create index calendar_exception_idx on calendar_exception (calendar_id, day);

create table sla_policy (
    id                   uuid primary key,
    code                 text not null unique,
    organisation         text not null,
    name                 text not null,
    at_risk_share        numeric(3, 2) not null default 0.75 check (at_risk_share > 0 and at_risk_share <= 1),
    raise_priority       boolean not null default true,
    overflow_queue       text,
    version              integer not null default 0
);

-- Targets per priority (1 most urgent ... 5 least), in business minutes.
create table sla_target (
    policy_id              uuid not null references sla_policy (id) on delete cascade,
    priority               integer not null check (priority between 1 and 5),
    first_response_minutes integer not null check (first_response_minutes > 0),
    resolution_minutes     integer not null check (resolution_minutes > 0),
    primary key (policy_id, priority)
);

alter table queue
    add column tier          text not null default 'FIRST_LINE' check (tier in ('FIRST_LINE', 'EXPERT')),
    add column calendar_id   uuid references business_calendar (id),
    add column sla_policy_id uuid references sla_policy (id);

create table routing_rule (
    id              uuid primary key,
    organisation    text not null,
    position        integer not null,
    name            text not null,
    enabled         boolean not null default true,
    conditions      jsonb not null,
    target_queue    text not null,
    required_skills jsonb not null default '{}',
    priority        integer check (priority between 1 and 5),
    version         integer not null,
    updated_by      text not null,
    updated_at      timestamptz not null
);
create index routing_rule_org_idx on routing_rule (organisation, position);

-- Every version of every rule, including the deleted ones' last.
create table routing_rule_version (
    rule_id    uuid not null,
    version    integer not null,
    change     text not null check (change in ('CREATED', 'UPDATED', 'DELETED')),
    snapshot   jsonb not null,
    changed_by text not null,
    changed_at timestamptz not null,
    primary key (rule_id, version)
);

-- Staff who work queues, known from their tokens; supervisors set skills, languages and capacity.
create table agent (
    subject      text primary key,
    username     text not null,
    organisation text not null,
    expert       boolean not null default false,
    presence     text not null default 'OFFLINE' check (presence in ('AVAILABLE', 'AWAY', 'OFFLINE')),
    capacity     integer not null default 3 check (capacity between 1 and 50),
    languages    text[] not null default '{fi}',
    skills       jsonb not null default '{}',
    presence_at  timestamptz not null,
    version      integer not null default 0
);

create table agent_queue (
    subject  text not null references agent (subject) on delete cascade,
    queue_id uuid not null references queue (id) on delete cascade,
    primary key (subject, queue_id)
);
create index agent_queue_queue_idx on agent_queue (queue_id);

alter table contact
    add column service_group           text,
    add column attributes              jsonb not null default '{}',
    add column segments                text[] not null default '{}',
    add column municipality_code       text,
    add column priority                integer not null default 3,
    add column required_skills         jsonb not null default '{}',
    add column routed_by_rule          uuid,
    add column routed_at               timestamptz,
    add column assigned_to             text,
    add column assigned_at             timestamptz,
    add column first_response_at_risk  timestamptz,
    add column first_response_due      timestamptz,
    add column resolution_at_risk      timestamptz,
    add column resolution_due          timestamptz,
    add column first_responded_at      timestamptz,
    add column waiting_since           timestamptz,
    add column sla_state               text not null default 'ON_TIME' check (sla_state in ('ON_TIME', 'AT_RISK', 'BREACHED')),
    add column first_response_breached boolean not null default false,
    add column resolution_breached     boolean not null default false,
    add column resolved_at             timestamptz,
    add column resolution_code         text,
    add column resolution_justification text,
    add column closed_at               timestamptz,
    add column updated_at              timestamptz;

update contact set status = 'QUEUED', routed_at = received_at, updated_at = received_at where status = 'RECEIVED';

-- The next-contact query: waiting contacts of a queue in the order they are worked.
create index contact_waiting_idx on contact (queue_id, priority, first_response_due, received_at)
    where status = 'QUEUED' and assigned_to is null;
create index contact_assignee_idx on contact (assigned_to) where assigned_to is not null;
create index contact_open_due_idx on contact (resolution_due) where status in ('QUEUED', 'ASSIGNED');
create index contact_client_idx on contact (client_id) where client_id is not null;

-- The contact's history: every change, message and note. Client-visible entries are shown on the status page.
create table contact_entry (
    id          bigserial primary key,
    contact_id  uuid not null references contact (id) on delete cascade,
    at          timestamptz not null,
    kind        text not null,
    actor_kind  text not null check (actor_kind in ('CLIENT', 'STAFF', 'SYSTEM')),
    actor       text,
    visible_to_client boolean not null,
    body        text,
    details     jsonb not null default '{}'
);
create index contact_entry_contact_idx on contact_entry (contact_id, id);

-- Demo configuration: one calendar and one policy per agency, as a supervisor would set them.
insert into business_calendar (id, code, organisation, name) values
 ('0ca1e0da-0000-4000-8000-000000000001', 'uusimaa-office-hours', 'ely-uusimaa', 'Uusimaa office hours'),
 ('0ca1e0da-0000-4000-8000-000000000002', 'pirkanmaa-office-hours', 'ely-pirkanmaa', 'Pirkanmaa office hours');
insert into calendar_period (calendar_id, weekday, opens, closes)
select c.id, d.weekday, p.opens, p.closes
  from business_calendar c
 cross join generate_series(1, 5) as d(weekday)
 cross join (values (time '08:00', time '11:30'), (time '12:00', time '16:15')) as p(opens, closes);

insert into sla_policy (id, code, organisation, name, overflow_queue) values
 ('05a1a000-0000-4000-8000-000000000001', 'uusimaa-standard', 'ely-uusimaa', 'Uusimaa standard', 'uusimaa-triage'),
 ('05a1a000-0000-4000-8000-000000000002', 'pirkanmaa-standard', 'ely-pirkanmaa', 'Pirkanmaa standard', 'pirkanmaa-triage');
insert into sla_target (policy_id, priority, first_response_minutes, resolution_minutes)
select p.id, t.priority, t.first_response, t.resolution
  from sla_policy p
 cross join (values (1, 60, 480), (2, 240, 1440), (3, 480, 4800), (4, 960, 9600), (5, 1920, 14400))
         as t(priority, first_response, resolution);

update queue set calendar_id = '0ca1e0da-0000-4000-8000-000000000001',
                 sla_policy_id = '05a1a000-0000-4000-8000-000000000001' where organisation = 'ely-uusimaa';
update queue set calendar_id = '0ca1e0da-0000-4000-8000-000000000002',
                 sla_policy_id = '05a1a000-0000-4000-8000-000000000002' where organisation = 'ely-pirkanmaa';
update queue set tier = 'EXPERT' where code in ('uusimaa-permits', 'pirkanmaa-roads');

insert into queue (id, code, organisation, triage, tier, calendar_id, sla_policy_id, name_fi, name_sv, name_en) values
 ('7c1f0a00-0000-4000-8000-000000000005', 'uusimaa-permits-urgent', 'ely-uusimaa', false, 'EXPERT',
  '0ca1e0da-0000-4000-8000-000000000001', '05a1a000-0000-4000-8000-000000000001',
  'Uusimaa: kiireelliset luvat', 'Nyland: brådskande tillstånd', 'Uusimaa: urgent permits');

insert into routing_rule (id, organisation, position, name, conditions, target_queue, required_skills, priority, version, updated_by, updated_at) values
 ('40a7e000-0000-4000-8000-000000000001', 'ely-uusimaa', 10, 'Urgent road connection matters',
  '{"serviceGroups": ["PERMITS_AND_NOTIFICATIONS"], "keywords": ["kiire", "brådsk", "urgent"]}',
  'uusimaa-permits-urgent', '{"permits": 2}', 1, 1, 'migration', now());
insert into routing_rule_version (rule_id, version, change, snapshot, changed_by, changed_at)
select id, 1, 'CREATED', jsonb_build_object('organisation', organisation, 'position', position, 'name', name, 'conditions', conditions,
       'targetQueue', target_queue, 'requiredSkills', required_skills, 'priority', priority, 'enabled', enabled),
       'migration', now() from routing_rule;
