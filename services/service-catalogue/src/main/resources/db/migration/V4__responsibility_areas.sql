-- Each ELY Centre's three responsibility areas (vastuualueet) as units under it.
insert into organisation (id, code, business_id, name_fi, name_sv, name_en, organisation_type, parent_id, area_codes, version, updated_at)
select gen_random_uuid(), p.code || '-' || a.suffix, null,
       p.name_fi || ': ' || a.fi, p.name_sv || ': ' || a.sv, p.name_en || ': ' || a.en,
       'REGIONAL_STATE', p.id, p.area_codes, 1, now()
from organisation p
cross join (values
    ('e', 'elinkeinot, työvoima, osaaminen ja kulttuuri', 'näringar, arbetskraft, kompetens och kultur', 'business and industry, labour force, competence and culture'),
    ('l', 'liikenne ja infrastruktuuri', 'trafik och infrastruktur', 'transport and infrastructure'),
    ('y', 'ympäristö ja luonnonvarat', 'miljö och naturresurser', 'environment and natural resources')) as a(suffix, fi, sv, en)
where p.code in ('ely-uusimaa', 'ely-pirkanmaa');

insert into outbox_event (event_id, topic, aggregate_id, event_type, payload)
select e.event_id, 'kohtaamo.catalogue.v1', e.id::text, 'fi.kohtaamo.catalogue.organisation.upserted.v1',
       json_build_object('specversion', '1.0', 'id', e.event_id, 'source', '/kohtaamo/service-catalogue',
                         'type', 'fi.kohtaamo.catalogue.organisation.upserted.v1', 'subject', e.id::text,
                         'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                         'datacontenttype', 'application/json',
                         'data', json_build_object('organisationId', e.id, 'code', e.code, 'businessId', e.business_id,
                                                   'type', e.organisation_type, 'parentId', e.parent_id,
                                                   'name', json_build_object('fi', e.name_fi, 'sv', e.name_sv, 'en', e.name_en),
                                                   'areaCodes', e.area_codes, 'version', e.version))::text
from (select gen_random_uuid() as event_id, o.* from organisation o where o.parent_id is not null order by o.code) e;
