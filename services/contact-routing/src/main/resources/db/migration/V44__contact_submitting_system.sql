-- Which agency system submitted a contact (issue 26: an agency system receives the events of the
-- contacts it submitted, also those routed to another organisation): the client id of a
-- client-credentials caller (an Open311 client: "open311:<name>") and that client's organisation.
-- Names a system, not a person: kept when the contact's personal data is removed. Contacts received
-- before this migration name none (their token's client was not kept).
alter table contact add column submitted_by_client text;
alter table contact add column submitted_by_organisation text;
