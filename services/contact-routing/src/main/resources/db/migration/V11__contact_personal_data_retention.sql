-- Retention: a contact not linked to a registry client loses what the client wrote and how to
-- reach them a configured time after it closed (kohtaamo.routing.retention.*); the registry's
-- erasure does the same for a client's contacts. The moment is kept, so that the nightly run
-- takes each contact once and the client's status page can say the content was removed.
alter table contact add column personal_data_removed_at timestamptz;

-- The run's query: closed anonymous contacts not yet cleared, oldest closing first. The index
-- holds only contacts still to clear, so it stays small however many have been cleared.
create index contact_retention_idx on contact (closed_at)
    where status = 'CLOSED' and client_id is null and personal_data_removed_at is null;
