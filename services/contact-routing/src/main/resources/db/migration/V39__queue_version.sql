-- A queue's settings are changed by supervisors on pages (issue 23): the change names the version it
-- replaces (If-Match), so two supervisors never overwrite each other unseen. Hibernate's optimistic
-- lock column; existing queues start at 0.
alter table queue add column version integer not null default 0;
