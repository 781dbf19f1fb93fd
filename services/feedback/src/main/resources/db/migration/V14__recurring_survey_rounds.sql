-- Recurring surveys (issue 23): a survey whose type repeats (the client satisfaction survey, each
-- quarter by default) is sent again every so many weeks or months to its audience by a scheduled
-- job, each time a new round: new personal one-time links, one reminder per round, results per round.

-- The repetition a manager set (null: sent only by hand), the audience each round goes to (a
-- segment, a role, or the clients of a service and/or channel since the previous round), when the
-- next round is due and how many rounds have gone.
alter table survey add column recurrence_every integer check (recurrence_every between 1 and 52);
alter table survey add column recurrence_unit text check (recurrence_unit in ('WEEKS', 'MONTHS'));
alter table survey add column recurrence_audience jsonb;
alter table survey add column next_round_at timestamptz;
alter table survey add column rounds integer not null default 0;
create index survey_next_round_idx on survey (next_round_at) where next_round_at is not null;

-- Each round that went: when, and how many it mailed and skipped (opted out, no address, already
-- mailed in this round). Its invitations, recipients and answers carry its number; a survey sent
-- by hand is round 0.
create table survey_round (
    id         uuid primary key,
    survey_id  uuid not null references survey (id),
    round      integer not null,
    started_at timestamptz not null,
    sent       integer not null,
    skipped    integer not null,
    unique (survey_id, round)
);
alter table survey_invitation add column round integer not null default 0;
alter table survey_response add column round integer not null default 0;
alter table survey_recipient add column round integer not null default 0;

-- A client is mailed once per round (and once by hand), never twice in the same one.
drop index survey_recipient_client_idx;
create unique index survey_recipient_client_idx on survey_recipient (survey_id, round, client_id) where client_id is not null;
