-- The change feed for agency systems (GET /api/v1/contacts/changes): one row per version of a
-- contact, written by a trigger in the transaction that makes the version, so that no code path
-- (intake, work, jobs, imports, erasure) can change a contact without its row, and a rolled-back
-- change leaves none. Only ids, states and times: no personal data.
--
-- A row's place in the feed (position) is not given when it is written but afterwards, by one
-- sequencer at a time (ContactChangeRepository.sequence, under an advisory lock), to committed rows
-- only: a position is never visible before every smaller one is, so a reader paging by position
-- neither skips a change that commits late nor sees one twice (README, "Change feed").
create table contact_change (
    id            bigint generated always as identity primary key,
    contact_id    uuid not null,
    version       integer not null,
    organisation  text not null,
    submitted_by  text,
    tracking_code text not null,
    status        text not null,
    queue_id      uuid not null,
    priority      integer not null,
    changed_at    timestamptz not null,
    position      bigint unique
);
-- What the sequencer takes next, in the order the rows were written.
create index contact_change_unsequenced_idx on contact_change (id) where position is null;
-- A reader's page: its organisation's changes, and those of the contacts it submitted.
create index contact_change_organisation_idx on contact_change (organisation, position) where position is not null;
create index contact_change_submitter_idx on contact_change (submitted_by, position)
    where position is not null and submitted_by is not null;

create function contact_change_record() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.version is distinct from old.version then
        insert into contact_change (contact_id, version, organisation, submitted_by, tracking_code, status, queue_id,
                                    priority, changed_at)
        values (new.id, new.version, new.organisation, new.submitted_by, new.tracking_code, new.status, new.queue_id,
                new.priority, clock_timestamp());
    end if;
    return null;
end
$$;

create trigger contact_change_recorded after insert or update on contact
    for each row execute function contact_change_record();

-- The contacts there are now, each as its current version, first in the feed (oldest first).
insert into contact_change (contact_id, version, organisation, submitted_by, tracking_code, status, queue_id, priority,
                            changed_at, position)
select id, version, organisation, submitted_by, tracking_code, status, queue_id, priority, received_at,
       row_number() over (order by received_at, id)
from contact;
