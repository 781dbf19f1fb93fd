-- A signed-in citizen's contact is linked to their registry client by the sign-in subject: the
-- registry's client events carry the subject linked to the client, the copy keeps it, and a
-- contact keeps the subject of the citizen who submitted it themself (not that of staff or an
-- agency system submitting for someone). Earlier contacts of citizens are recognised by what only
-- they had: a signed-in submitter, no access secret, not Open311.
alter table known_client add column sign_in_subject text;
create index known_client_sign_in_subject on known_client (sign_in_subject);

alter table contact add column client_subject text;
update contact set client_subject = submitted_by
 where submitted_by is not null and access_secret_hash is null and channel <> 'OPEN311';
create index contact_client_subject_unlinked on contact (client_subject) where client_id is null;

-- Staff opening a contact read its personal data (name, e-mail, phone, text): who, their
-- organisation and roles, when, which contact; never the content. Kept like the registry's audit
-- log (no deletion rule), and shown to the citizen whose contact it is. No foreign key: an audit
-- entry outlives the contact's row should a retention rule ever delete it.
create table contact_read (
    id                 bigserial primary key,
    contact_id         uuid not null,
    actor              text not null,
    actor_organisation text,
    actor_roles        text not null,
    action             text not null,
    at                 timestamptz not null
);
create index contact_read_contact on contact_read (contact_id, at);
