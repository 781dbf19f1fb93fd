-- When a call-back's first chosen time starts: "next contact" and push offers pass it by until
-- then, since the citizen said when they can take the call. Null for every other contact.
alter table contact add column callback_from timestamptz;
update contact set callback_from = cast(split_part(callback_windows[1], '/', 1) as timestamp) at time zone 'Europe/Helsinki'
 where callback_windows is not null;
