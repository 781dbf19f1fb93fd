-- A file staff or an agency system attach to a reply is the client's to see and download, as the
-- reply is; one attached to an internal note, or without saying, stays with staff. The client's
-- own files were always theirs.
alter table attachment add column visible_to_client boolean not null default false;
update attachment set visible_to_client = true where added_by_kind = 'CLIENT';
