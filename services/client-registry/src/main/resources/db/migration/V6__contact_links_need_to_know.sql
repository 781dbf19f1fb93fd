-- Need to know: which contact of which organisation concerns which client, as contact routing's
-- events (kohtaamo.contacts.v1) tell it. A staff read names one of its own organisation's contacts
-- and the registry checks it here, without asking routing. A local copy: the latest event wins
-- (version and updated_at as every copy keeps them), and a contact without a client is kept too,
-- so that an older event arriving late cannot link it again.
create table contact_link (
    contact_id   uuid primary key,
    client_id    uuid,
    organisation text not null,
    version      bigint not null default 0,
    updated_at   timestamptz not null
);
create index contact_link_client_idx on contact_link (client_id);

-- Every read names the link it served; revealing an identity code and a refused duplicate
-- registration are entries of their own.
alter table audit_entry add column contact_id uuid;
alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
    check (action in ('READ', 'SEARCH', 'REGISTER', 'UPDATE', 'ERASE', 'MERGE', 'EXPORT', 'REVEAL_IDENTITY_CODE',
                      'DUPLICATE_REFUSED'));
