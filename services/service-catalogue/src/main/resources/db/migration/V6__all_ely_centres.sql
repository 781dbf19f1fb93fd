-- All fifteen ELY Centres, each with its three responsibility areas (vastuualueet) as units.
-- V1 and V4 seeded two; the other thirteen join here. The areas carry the names the centres
-- publish: the English name of the E area is "business and industry, labour force, competence
-- and cultural activities" (V4 said "... and culture"), corrected here and announced.
insert into organisation (id, code, business_id, name_fi, name_sv, name_en, organisation_type, parent_id, area_codes, version, updated_at)
select c.id::uuid, c.code, null,
       c.fi || ' elinkeino-, liikenne- ja ympäristökeskus', 'Närings-, trafik- och miljöcentralen i ' || c.sv,
       'Centre for Economic Development, Transport and the Environment for ' || c.en,
       'REGIONAL_STATE', null, c.regions::varchar[], 1, now()
from (values
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0003', 'ely-varsinais-suomi', 'Varsinais-Suomen', 'Egentliga Finland', 'Southwest Finland', '{02}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0004', 'ely-satakunta', 'Satakunnan', 'Satakunta', 'Satakunta', '{04}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0005', 'ely-hame', 'Hämeen', 'Tavastland', 'Häme', '{05,07}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0006', 'ely-kaakkois-suomi', 'Kaakkois-Suomen', 'Sydöstra Finland', 'Southeast Finland', '{08,09}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0007', 'ely-etela-savo', 'Etelä-Savon', 'Södra Savolax', 'South Savo', '{10}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0008', 'ely-pohjois-savo', 'Pohjois-Savon', 'Norra Savolax', 'North Savo', '{11}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0009', 'ely-pohjois-karjala', 'Pohjois-Karjalan', 'Norra Karelen', 'North Karelia', '{12}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0010', 'ely-keski-suomi', 'Keski-Suomen', 'Mellersta Finland', 'Central Finland', '{13}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0011', 'ely-etela-pohjanmaa', 'Etelä-Pohjanmaan', 'Södra Österbotten', 'South Ostrobothnia', '{14}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0012', 'ely-pohjanmaa', 'Pohjanmaan', 'Österbotten', 'Ostrobothnia', '{15}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0013', 'ely-pohjois-pohjanmaa', 'Pohjois-Pohjanmaan', 'Norra Österbotten', 'North Ostrobothnia', '{17}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0014', 'ely-kainuu', 'Kainuun', 'Kajanaland', 'Kainuu', '{18}'),
    ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0015', 'ely-lappi', 'Lapin', 'Lappland', 'Lapland', '{19}'))
    as c(id, code, fi, sv, en, regions);

insert into organisation (id, code, business_id, name_fi, name_sv, name_en, organisation_type, parent_id, area_codes, version, updated_at)
select gen_random_uuid(), p.code || '-' || a.suffix, null,
       p.name_fi || ': ' || a.fi, p.name_sv || ': ' || a.sv, p.name_en || ': ' || a.en,
       'REGIONAL_STATE', p.id, p.area_codes, 1, now()
from organisation p
cross join (values
    ('e', 'elinkeinot, työvoima, osaaminen ja kulttuuri', 'näringar, arbetskraft, kompetens och kultur',
          'business and industry, labour force, competence and cultural activities'),
    ('l', 'liikenne ja infrastruktuuri', 'trafik och infrastruktur', 'transport and infrastructure'),
    ('y', 'ympäristö ja luonnonvarat', 'miljö och naturresurser', 'environment and natural resources')) as a(suffix, fi, sv, en)
where p.code like 'ely-%' and p.parent_id is null and p.code not in ('ely-uusimaa', 'ely-pirkanmaa');

update organisation u
set name_en = p.name_en || ': business and industry, labour force, competence and cultural activities',
    version = u.version + 1, updated_at = now()
from organisation p
where u.parent_id = p.id and u.code in ('ely-uusimaa-e', 'ely-pirkanmaa-e');

-- Announce every organisation this migration added or renamed, as V4 did.
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
from (select gen_random_uuid() as event_id, o.* from organisation o
      where o.code like 'ely-%'
        and o.code not in ('ely-uusimaa', 'ely-pirkanmaa', 'ely-uusimaa-l', 'ely-uusimaa-y', 'ely-pirkanmaa-l', 'ely-pirkanmaa-y')
      order by o.parent_id nulls first, o.code) e;
