-- Push mode: agents who take offers get waiting contacts offered to them, the least loaded first;
-- an offer not accepted in time goes to the next agent, and one declined is not offered again.
alter table agent add column push_offers boolean not null default false;

alter table contact
    add column offered_to       text,
    add column offer_expires_at timestamptz,
    add column declined_by      text[] not null default '{}';

create index contact_offered_idx on contact (offer_expires_at) where offered_to is not null;
