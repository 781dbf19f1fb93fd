-- Optimistic concurrency for relations and stakeholder roles (If-Match, like the rest of the registry).

-- A relation's own version: a removal names it, and whatever changes the relation (a merge re-pointing
-- it) raises it, so a removal decided on what was read never removes something else.
alter table client_relation add column version integer not null default 1;

-- The version of the set of roles a client holds towards one agency: a set never changed is version 0
-- (no row); every change of the set raises it. The client's row is locked before this row is read, so
-- two first changes of the same set never both insert it.
create table stakeholder_role_set (
    client_id uuid    not null references client (id),
    agency    text    not null,
    version   integer not null check (version > 0),
    primary key (client_id, agency)
);

insert into stakeholder_role_set (client_id, agency, version)
select distinct client_id, agency, 1 from stakeholder_role;
