-- A service may name the responsibility area (a unit of its organisation) that answers for it,
-- so that contact figures can be seen per area.
alter table service add column responsibility_area_id uuid references organisation (id);
create index service_responsibility_area_idx on service (responsibility_area_id);
