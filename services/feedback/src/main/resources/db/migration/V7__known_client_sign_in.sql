-- Which registry client a sign-in subject is, from the registry's client events: a signed-in
-- citizen's feedback becomes their client's (export, erasure, merge) by it. Only the link is kept,
-- with the registry's version of the client, so that an older event never steps it back.
create table known_client (
    client_id       uuid primary key,
    sign_in_subject text,
    version         bigint not null default 0,
    updated_at      timestamptz not null
);
create index known_client_sign_in_subject on known_client (sign_in_subject);
create index feedback_unlinked_sender_idx on feedback (sender_subject) where client_id is null;
