-- The responsibility area (a unit of the organisation) the catalogue names for a service, so the
-- management view can group figures by area. An id only, as the catalogue's event carries it.
alter table known_service add column responsibility_area_id uuid;
