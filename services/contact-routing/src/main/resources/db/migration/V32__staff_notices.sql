-- Staff notices: a contact handed to an expert, a service level at risk or breached, a new
-- contact in an expert queue. One row per change (its history line) and person, whatever the
-- medium: the unique key makes a second raise of the same change a no-op.
create table staff_notice (
    id            bigserial primary key,
    recipient     text not null,
    organisation  text not null,
    kind          text not null check (kind in ('TRANSFERRED_TO_EXPERT', 'SLA_AT_RISK', 'SLA_BREACHED', 'NEW_IN_EXPERT_QUEUE')),
    contact_id    uuid not null references contact (id) on delete cascade,
    tracking_code text not null,
    entry_id      bigint not null,
    in_workspace  boolean not null,
    created_at    timestamptz not null,
    read_at       timestamptz,
    constraint staff_notice_once unique (entry_id, recipient)
);
create index staff_notice_recipient_idx on staff_notice (recipient, created_at desc) where in_workspace;

-- The e-mail of a staff notice, sent through the mail queue (the five delivery columns).
create table staff_notice_mail (
    id              bigserial primary key,
    notice_id       bigint not null unique references staff_notice (id) on delete cascade,
    address         text not null,
    language        text not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0,
    last_error      text,
    sent_at         timestamptz
);
create index staff_notice_mail_due_idx on staff_notice_mail (next_attempt_at) where sent_at is null;

-- Each person's choices: where notices go (an address of their own, a language) and which kinds
-- they turned off in which medium ('SLA_AT_RISK:EMAIL'). No row: every kind in the workspace only.
create table staff_notice_settings (
    subject  text primary key,
    email    text,
    language text not null default 'fi' check (language in ('fi', 'sv', 'en')),
    turned_off text[] not null default '{}',
    version  integer not null default 0
);

-- The queue's supervisors get service-level notices of unassigned contacts.
alter table agent add column supervisor boolean not null default false;
