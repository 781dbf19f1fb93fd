-- The registry's segment definitions as routing uses them (issue 23: a segment's preferred channels
-- guide routing): the channels each segment's clients are steered to, most preferred first. Fed from
-- the registry's segment-defined / segment-removed events, each applied once and only when newer
-- (the outbox's inbox and upstream version); a removal deletes the row. The segments defined before
-- the registry announced them are announced once by the registry's own migration (V10 there).
create table known_segment (
    code               text primary key,
    preferred_channels text[] not null default '{}',
    version            bigint not null default 0,
    updated_at         timestamptz not null
);
