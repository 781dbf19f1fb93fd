-- A client who lost a tracking code or secret asks, with the e-mail address they gave, for new
-- secrets of their open matters to be sent there. Requests are counted per address (its SHA-256,
-- never the address) to limit them; rows older than a day are deleted as new ones come.
create table recovery_request (
    id           bigserial primary key,
    address_hash text not null,
    requested_at timestamptz not null
);
create index recovery_request_address_idx on recovery_request (address_hash, requested_at);

-- The open matters of an address, found without reading every contact.
create index contact_open_email_idx on contact (lower(contact_email))
    where contact_email is not null and status <> 'CLOSED';

alter table client_notice drop constraint client_notice_kind_check;
alter table client_notice add constraint client_notice_kind_check
    check (kind in ('REPLY', 'INFORMATION_REQUESTED', 'RESOLVED', 'SATISFACTION_SURVEY', 'RECEIPT', 'RECOVERY'));
