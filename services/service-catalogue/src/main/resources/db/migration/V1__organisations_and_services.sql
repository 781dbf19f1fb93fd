-- The service map's first shape: organisations and the services they are responsible for.
create table organisation (
    id          uuid primary key,
    code        text not null unique,
    business_id text,
    name_fi     text not null,
    name_sv     text not null,
    name_en     text not null
);

create table service (
    id              uuid primary key,
    code            text not null unique,
    service_group   text not null check (service_group in ('STRATEGIC_PLANNING', 'ADVICE_AND_INFORMATION',
                        'FINANCING_AND_PROMOTION', 'PERMITS_AND_NOTIFICATIONS', 'SUPERVISION_AND_INSPECTIONS',
                        'INFRASTRUCTURE')),
    organisation_id uuid not null references organisation (id),
    default_queue   text not null,
    name_fi         text not null,
    name_sv         text not null,
    name_en         text not null,
    summary_fi      text not null,
    summary_sv      text not null,
    summary_en      text not null,
    status          text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    updated_at      timestamptz not null default now()
);
create index service_group_idx on service (service_group);

insert into organisation (id, code, business_id, name_fi, name_sv, name_en) values
 ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0001', 'ely-uusimaa', null,
  'Uudenmaan elinkeino-, liikenne- ja ympäristökeskus', 'Närings-, trafik- och miljöcentralen i Nyland',
  'Centre for Economic Development, Transport and the Environment for Uusimaa'),
 ('0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002', 'ely-pirkanmaa', null,
  'Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus', 'Närings-, trafik- och miljöcentralen i Birkaland',
  'Centre for Economic Development, Transport and the Environment for Pirkanmaa');

insert into service (id, code, service_group, organisation_id, default_queue, name_fi, name_sv, name_en,
                     summary_fi, summary_sv, summary_en) values
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a001', 'transport-system-planning', 'STRATEGIC_PLANNING',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002', 'pirkanmaa-roads',
  'Liikennejärjestelmäsuunnittelu', 'Trafiksystemplanering', 'Transport system planning',
  'Alueen liikennejärjestelmän kehittäminen yhdessä kuntien ja maakunnan kanssa.',
  'Utveckling av regionens trafiksystem tillsammans med kommunerna och landskapet.',
  'Developing the region''s transport system together with municipalities and the region.'),
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a002', 'business-advisory', 'ADVICE_AND_INFORMATION',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0001', 'uusimaa-triage',
  'Yritysneuvonta', 'Företagsrådgivning', 'Business advisory services',
  'Neuvontaa yrityksen perustamiseen, kehittämiseen ja rahoitukseen.',
  'Rådgivning om att grunda, utveckla och finansiera ett företag.',
  'Advice on starting, developing and financing a business.'),
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a003', 'business-development-aid', 'FINANCING_AND_PROMOTION',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0001', 'uusimaa-triage',
  'Yrityksen kehittämisavustus', 'Understöd för utvecklande av företag', 'Business development aid',
  'Avustus yrityksen kehittämis- ja investointihankkeisiin.',
  'Understöd för företagets utvecklings- och investeringsprojekt.',
  'A grant for a company''s development and investment projects.'),
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a004', 'road-connection-permit', 'PERMITS_AND_NOTIFICATIONS',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0001', 'uusimaa-permits',
  'Liittymälupa maantielle', 'Anslutningstillstånd till landsväg', 'Permit to connect to a public road',
  'Lupa uuden liittymän rakentamiseen tai vanhan liittymän käyttötarkoituksen muuttamiseen.',
  'Tillstånd att bygga en ny anslutning eller ändra användningen av en befintlig.',
  'A permit to build a new road connection or to change the use of an existing one.'),
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a005', 'nature-conservation-derogation', 'PERMITS_AND_NOTIFICATIONS',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002', 'pirkanmaa-triage',
  'Poikkeamislupa luonnonsuojelulain rauhoitussäännöksistä',
  'Undantagslov från naturvårdslagens fridlysningsbestämmelser',
  'Derogation from the protection provisions of the Nature Conservation Act',
  'Lupa poiketa rauhoitetun lajin tai luontotyypin suojelusta.',
  'Tillstånd att avvika från skyddet av en fridlyst art eller naturtyp.',
  'Permission to deviate from the protection of a protected species or habitat.'),
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a006', 'environmental-supervision', 'SUPERVISION_AND_INSPECTIONS',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002', 'pirkanmaa-triage',
  'Ympäristönsuojelun valvonta', 'Tillsyn över miljöskyddet', 'Environmental protection supervision',
  'Ympäristölupien ja ympäristönsuojelulain noudattamisen valvonta.',
  'Tillsyn över miljötillstånd och efterlevnaden av miljöskyddslagen.',
  'Supervising environmental permits and compliance with the Environmental Protection Act.'),
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a007', 'road-winter-maintenance', 'INFRASTRUCTURE',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002', 'pirkanmaa-roads',
  'Maanteiden talvikunnossapito', 'Vinterunderhåll av landsvägar', 'Winter maintenance of public roads',
  'Maanteiden auraus, liukkauden torjunta ja palaute talvihoidosta.',
  'Plogning och halkbekämpning på landsvägar samt respons om vinterunderhållet.',
  'Ploughing and anti-skid treatment of public roads, and feedback on winter maintenance.'),
 ('5e2b8f10-7a3c-4d1e-8b9f-00000000a008', 'integration-advice', 'ADVICE_AND_INFORMATION',
  '0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0001', 'uusimaa-triage',
  'Kotoutumisen neuvonta', 'Rådgivning om integration', 'Integration advice',
  'Neuvontaa maahanmuuttajille ja heidän kanssaan työskenteleville.',
  'Rådgivning för invandrare och för dem som arbetar med dem.',
  'Advice for immigrants and for those who work with them.');

-- The seeded services reach other services as events through the outbox, like any later change.
insert into outbox_event (event_id, topic, aggregate_id, event_type, payload)
select e.event_id, 'kohtaamo.catalogue.v1', e.service_id::text, 'fi.kohtaamo.catalogue.service.published.v1',
       json_build_object(
           'specversion', '1.0',
           'id', e.event_id,
           'source', '/kohtaamo/service-catalogue',
           'type', 'fi.kohtaamo.catalogue.service.published.v1',
           'subject', e.service_id::text,
           'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'datacontenttype', 'application/json',
           'data', e.data)::text
from (select gen_random_uuid() as event_id, s.id as service_id,
             json_build_object(
                 'serviceId', s.id,
                 'code', s.code,
                 'group', s.service_group,
                 'organisation', o.code,
                 'defaultQueue', s.default_queue,
                 'name', json_build_object('fi', s.name_fi, 'sv', s.name_sv, 'en', s.name_en),
                 'status', s.status) as data
      from service s join organisation o on o.id = s.organisation_id
      order by s.code) e;
