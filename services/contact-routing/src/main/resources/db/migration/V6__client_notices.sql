-- E-mail notices to clients who gave an address: written with the change that causes them, sent
-- by a job after the commit, retried with back-off. The notice carries no text of the matter.
create table client_notice (
    id              bigserial primary key,
    contact_id      uuid not null references contact (id) on delete cascade,
    recipient       text not null,
    language        text not null check (language in ('fi', 'sv', 'en')),
    kind            text not null check (kind in ('REPLY', 'INFORMATION_REQUESTED', 'RESOLVED')),
    tracking_code   text not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text
);
create index client_notice_pending_idx on client_notice (next_attempt_at) where sent_at is null;
