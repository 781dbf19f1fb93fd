-- The client of a contact, when the contact named one: a client id only, never personal data.
-- Kept for satisfaction surveys (once per client per period) and per-segment figures; removed on
-- the registry's client.erased, re-pointed on client.merged.
alter table contact_fact add column client_id uuid;
create index contact_fact_client_idx on contact_fact (client_id) where client_id is not null;
