-- Receipts by SMS to clients who left a phone number (and, by default, no e-mail address), sent
-- through an HTTP gateway after the commit with the mail queue's delivery columns and back-off.
-- The number is personal data: erasure and retention delete the rows with the client's notices.
create table sms_notice (
    id              bigserial primary key,
    contact_id      uuid not null references contact (id) on delete cascade,
    recipient       text not null,
    language        text not null,
    kind            text not null check (kind in ('RECEIPT')),
    tracking_code   text not null,
    follow          text not null check (follow in ('WITH_SECRET', 'SIGNED_IN', 'IN_APPLICATION')),
    reference       uuid not null unique,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0,
    last_error      text,
    sent_at         timestamptz
);
create index sms_notice_due_idx on sms_notice (next_attempt_at) where sent_at is null;
create index sms_notice_contact_idx on sms_notice (contact_id);
