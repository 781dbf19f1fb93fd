-- The catalogue's services as this service needs them: whose a service is and its group, so that
-- feedback about a service reaches its organisation and figures can be grouped by service group.
create table known_service (
    service_id    uuid primary key,
    code          text not null,
    service_group text not null,
    organisation  text not null,
    name_fi       text,
    name_sv       text,
    name_en       text,
    status        text not null,
    updated_at    timestamptz not null
);

-- An organisation's feedback themes: manual tags, and keywords that suggest them.
create table feedback_theme (
    organisation text not null,
    code         text not null,
    name_fi      text not null,
    name_sv      text not null,
    name_en      text not null,
    keywords     text[] not null default '{}',
    primary key (organisation, code)
);

-- Spontaneous feedback from any channel. The sender's details and texts are personal data: the
-- registry's erasure blanks them; kind, themes and times keep counting.
create table feedback (
    id               uuid primary key,
    reference        text not null unique,
    kind             text not null,
    organisation     text not null,
    service_id       uuid,
    service_group    text,
    contact_id       uuid,
    channel          text not null,
    language         text not null,
    body             text not null,
    client_id        uuid,
    sender_subject   text,
    sender_name      text,
    sender_email     text,
    status           text not null,
    handler          text,
    themes           varchar[] not null default '{}',
    suggested_themes varchar[] not null default '{}',
    received_at      timestamptz not null,
    reply_due        timestamptz not null,
    answered_at      timestamptz,
    reply            text,
    closed_at        timestamptz,
    erased           boolean not null default false,
    version          integer not null default 0
);
create index feedback_queue_idx on feedback (organisation, status, reply_due);
create index feedback_org_time_idx on feedback (organisation, received_at);
create index feedback_client_idx on feedback (client_id) where client_id is not null;
create index feedback_sender_idx on feedback (sender_subject) where sender_subject is not null;

create sequence feedback_entry_seq increment by 50;
create table feedback_entry (
    id          bigint primary key,
    feedback_id uuid not null references feedback (id),
    at          timestamptz not null,
    actor       text not null,
    kind        text not null,
    details     jsonb not null default '{}'
);
create index feedback_entry_feedback_idx on feedback_entry (feedback_id, id);

-- Replies to senders who left an e-mail address: sent by a job after the reply commits, retried.
create table sender_mail (
    id              bigserial primary key,
    feedback_id     uuid not null references feedback (id),
    recipient       text not null,
    subject         text not null,
    body            text not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0,
    last_error      text,
    sent_at         timestamptz
);
create index sender_mail_due_idx on sender_mail (next_attempt_at) where sent_at is null;

-- Surveys: four types; questions (with their texts in fi/sv/en) as JSON; a target and a period.
-- The organisation's satisfaction-after-service survey is the one with csat = true.
create table survey (
    id                   uuid primary key,
    organisation         text not null,
    type                 text not null,
    title                jsonb not null,
    questions            jsonb not null,
    target_service_id    uuid,
    target_service_group text,
    target_segment       text,
    target_channel       text,
    opens_at             timestamptz not null,
    closes_at            timestamptz,
    csat                 boolean not null default false,
    created_by           text not null,
    created_at           timestamptz not null
);
create unique index survey_csat_idx on survey (organisation) where csat;
create index survey_org_idx on survey (organisation, opens_at);

-- One-time invitations: only the token's hash is kept.
create table survey_invitation (
    id           uuid primary key,
    survey_id    uuid not null references survey (id),
    token_hash   text not null unique,
    language     text not null,
    contact_id   uuid,
    client_id    uuid,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    responded_at timestamptz
);
create index survey_invitation_survey_idx on survey_invitation (survey_id);
create unique index survey_invitation_contact_idx on survey_invitation (contact_id) where contact_id is not null;
create index survey_invitation_client_idx on survey_invitation (client_id) where client_id is not null;

-- When a client (the registry id, or the contact for an anonymous one) was last invited to the
-- satisfaction survey: at most once per configured period.
create table satisfaction_invitee (
    client_key text primary key,
    invited_at timestamptz not null
);

-- Answers. A response is anonymous (client_id null) unless the respondent chose otherwise. The
-- dimensions of the management view are copied in at the time of answering.
create table survey_response (
    id            uuid primary key,
    survey_id     uuid not null references survey (id),
    invitation_id uuid not null unique references survey_invitation (id),
    survey_type   text not null,
    organisation  text not null,
    service_id    uuid,
    service_group text,
    channel       text,
    segments      text[] not null default '{}',
    language      text not null,
    client_id     uuid,
    csat          integer,
    nps           integer,
    responded_at  timestamptz not null
);
create index survey_response_org_time_idx on survey_response (organisation, responded_at);
create index survey_response_survey_idx on survey_response (survey_id);
create index survey_response_client_idx on survey_response (client_id) where client_id is not null;

create table survey_answer (
    response_id   uuid not null references survey_response (id),
    question_code text not null,
    score         integer,
    choices       text[],
    free_text     text,
    primary key (response_id, question_code)
);
