-- A queue may name the responsibility area (a unit of its organisation) that answers for it
-- (issue 23). Routing keeps the smallest copy of the catalogue's organisations to check that the
-- area named is a unit of the queue's organisation: fed from the catalogue's
-- organisation.upserted events, each applied once and only when newer (the outbox's inbox).
create table known_organisation (
    organisation_id uuid primary key,
    code            text not null,
    parent_id       uuid,
    name_fi         text,
    name_sv         text,
    name_en         text,
    version         bigint not null default 0,
    updated_at      timestamptz not null
);
create index known_organisation_parent_idx on known_organisation (parent_id);
create index known_organisation_code_idx on known_organisation (code);

alter table queue add column responsibility_area_id uuid;
