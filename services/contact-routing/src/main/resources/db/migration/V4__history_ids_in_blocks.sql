-- History entries take their ids 50 at a time (Hibernate's pooled sequence), so that an entry is
-- inserted together with its contact at the end of the transaction.
alter sequence contact_entry_id_seq increment by 50;
