-- E-mail as a channel (issue 21). Each organisation (optionally each queue) has mailboxes that
-- routing reads over IMAP. The password is never stored here: password_secret names a secret the
-- service reads from its configuration (kohtaamo.mailbox-secret.<name>, an environment variable
-- or a Kubernetes secret in production), so a dump of this schema opens no mailbox.
create table mailbox (
    id               uuid primary key,
    organisation     text not null,
    address          text not null,
    queue_id         uuid references queue (id),
    service_id       uuid,
    language         text not null check (language in ('fi', 'sv', 'en')),
    host             text not null,
    port             integer not null check (port between 1 and 65535),
    security         text not null check (security in ('TLS', 'STARTTLS', 'NONE')),
    username         text not null,
    password_secret  text not null,
    folder           text not null,
    processed_folder text,
    enabled          boolean not null,
    version          integer not null,
    updated_by       text not null,
    updated_at       timestamptz not null,
    last_read_at     timestamptz,
    last_error       text
);
create unique index mailbox_address_idx on mailbox (lower(address));

-- Every message read, once: the key is the SHA-256 of its Message-ID (of the folder's UID when it
-- has none), unique per organisation, written in the transaction that creates the contact or adds
-- the message to one. A reader that stops between that commit and flagging the message finds the
-- key on its next pass and only flags it. The sender is kept only as the SHA-256 of the lower-case address,
-- for loop protection; neither the address nor the Message-ID itself is stored.
create table inbound_message (
    organisation text not null,
    message_key  text not null,
    mailbox_id   uuid not null references mailbox (id) on delete cascade,
    sender_hash  text not null,
    received_at  timestamptz not null,
    outcome      text not null check (outcome in ('NEW_CONTACT', 'ADDED_TO_CONTACT', 'AUTOMATIC', 'LOOP')),
    contact_id   uuid references contact (id) on delete set null,
    primary key (organisation, message_key)
);
create index inbound_message_sender_idx on inbound_message (sender_hash, received_at);

-- A contact that came by e-mail knows its mailbox: its notices go out from that address, so that
-- the client's answer comes back to it.
alter table contact add column mailbox_id uuid references mailbox (id) on delete set null;

-- Notices carry a Message-ID of their own: a client's reply names it in In-Reply-To/References.
alter table client_notice
    add column message_id text,
    add column sender     text;
create unique index client_notice_message_id_idx on client_notice (message_id) where message_id is not null;
