-- Segment definitions are announced (fi.kohtaamo.client.segment-defined.v1) on every definition,
-- change and removal from now on; the segments defined before are announced once here, through the
-- outbox like any event, so that the services keeping a copy (contact routing) learn them too. The
-- envelope is the outbox library's CloudEvent (structured JSON), subject and key segment:<code>.
insert into outbox_event (event_id, topic, aggregate_id, event_type, payload)
select announced.id, 'kohtaamo.clients.v1', 'segment:' || announced.code, 'fi.kohtaamo.client.segment-defined.v1',
       json_build_object(
           'specversion', '1.0',
           'id', announced.id,
           'source', '/kohtaamo/client-registry',
           'type', 'fi.kohtaamo.client.segment-defined.v1',
           'subject', 'segment:' || announced.code,
           'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'datacontenttype', 'application/json',
           'data', json_build_object('code', announced.code, 'preferredChannels', to_json(announced.preferred_channels),
                                     'version', announced.version))::text
  from (select gen_random_uuid() as id, code, preferred_channels, version from segment order by code) announced;
