-- A call-back request is a contact on channel PHONE whose number is the contact's phone
-- (contact_phone: cleared by retention and erasure with the other details) and which carries
-- the times the citizen can take the call, as 'YYYY-MM-DDTHH:MM/HH:MM' in the queue's zone, in
-- time order. Null for every other contact. The times say nothing of who the client is; they
-- stay with the deadlines they explain.
alter table contact add column callback_windows text[];
alter table contact add constraint contact_callback_windows_check
    check (callback_windows is null or (cardinality(callback_windows) between 1 and 5 and channel = 'PHONE'));
