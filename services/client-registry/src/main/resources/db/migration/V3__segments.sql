-- Client segments: named definitions with rules over a client's attributes, kept current on every
-- change, plus manual tags. A client's segments travel in its events.
alter table client
    add column industry_code text,
    add column size_class text check (size_class in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE'));

create table segment (
    code       text primary key,
    name_fi    text not null,
    name_sv    text,
    name_en    text,
    -- null: a manual tag only
    rule       jsonb,
    version    integer not null default 1,
    updated_at timestamptz not null default now()
);

create table client_segment (
    client_id    uuid not null references client (id) on delete cascade,
    segment_code text not null references segment (code) on delete cascade,
    source       text not null check (source in ('RULE', 'MANUAL')),
    primary key (client_id, segment_code, source)
);
create index client_segment_segment_idx on client_segment (segment_code);
