-- How many contacts an agent holds and has been offered: asked on every "next contact"
-- (ContactRepository.heldBy) and, for the agents who get offers, every 2 s (LOADS_OF). The only
-- index on the holder held every contact an agent ever had (assigned_to stays after resolving), so
-- each ask read an agent's whole history, a year of it for a long-serving agent; the offers' ask,
-- an OR over holder and offer, read the whole table (600,000 contacts: 790 ms, every 2 s). These
-- hold only what is held now and what is on offer now.
create index contact_held_idx on contact (assigned_to) where status = 'ASSIGNED';
create index contact_offer_holder_idx on contact (offered_to) where status = 'QUEUED' and offered_to is not null;
