-- Surveys sent to people (issue 23): the registry's clients chosen by segment, stakeholder role or
-- contacts of a service or channel in a period, mailed personal one-time links, reminded once.

-- A survey's version (If-Match on its changes), whether its answers may name the respondent, and
-- after how many days of silence a recipient is reminded (null: never).
alter table survey add column version integer not null default 1;
alter table survey add column anonymous boolean not null default false;
alter table survey add column reminder_after_days integer;

-- One recipient of a survey: a registry client, invited once per survey. The address and the
-- links' tokens are kept only until the last mail (the reminder, or the invitation when no
-- reminder is due) has gone, or the recipient answered or opted out; then they are forgotten.
-- Answering also drops the link to the invitation (and so to the answer): only "answered" stays.
-- The opt-out link has its own token, kept as a hash, so that it works after an answer too.
create table survey_recipient (
    id                  uuid primary key,
    survey_id           uuid not null references survey (id),
    client_id           uuid,
    invitation_id       uuid unique references survey_invitation (id),
    language            text not null,
    email               text,
    token               text,
    opt_out_token       text,
    opt_out_token_hash  text not null unique,
    answered            boolean not null default false,
    sent_at             timestamptz not null,
    reminded_at   timestamptz,
    opted_out_at  timestamptz
);
create unique index survey_recipient_client_idx on survey_recipient (survey_id, client_id) where client_id is not null;
create index survey_recipient_remind_idx on survey_recipient (survey_id) where reminded_at is null and email is not null;

-- Clients who asked for no more survey mail: honoured by every later sending of every survey.
create table survey_opt_out (
    client_id    uuid primary key,
    opted_out_at timestamptz not null
);

-- Invitations and reminders on their way (the mail-queue library's columns). The mail is composed
-- when it is sent, from its recipient: the row itself holds no address.
create table survey_mail (
    id              bigserial primary key,
    recipient_id    uuid not null references survey_recipient (id),
    kind            text not null check (kind in ('INVITATION', 'REMINDER')),
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0,
    last_error      text,
    sent_at         timestamptz
);
create index survey_mail_due_idx on survey_mail (next_attempt_at) where sent_at is null;
