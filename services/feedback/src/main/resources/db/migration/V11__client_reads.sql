-- Staff read a client's feedback and named survey answers for a contact of their organisation
-- (the client 360 view): every read is written here, in the read's transaction, with who, their
-- organisation and roles, when, why and the contact it served, as the registry audits its reads.
create table client_read (
    id           uuid primary key,
    at           timestamptz not null,
    actor        text not null,
    organisation text not null,
    roles        text not null,
    client_id    uuid not null,
    contact_id   uuid not null,
    purpose      text not null
);
create index client_read_client_idx on client_read (client_id, at);
