-- Contacts for the contact-search benchmark: :contacts of them (100,000 by default) in the demo
-- queue uusimaa-permits of ely-uusimaa, received over the past year, 95 % closed, 2 % resolved and
-- 3 % waiting (6,000 of 200,000: the thousands a large ELY Centre has waiting), 60 % in Finnish,
-- 25 % in Swedish and 15 % in English, 12-40 words each drawn with a skewed (Zipf-like)
-- distribution from a small domain vocabulary. Their tracking codes start with KB-, so that a
-- rerun replaces them. Run as a superuser: psql -v contacts=100000 -f generate.sql
set search_path = routing;

-- Every row that refers to a generated contact goes first; then the contacts go without the
-- foreign keys' per-row checks, which read the notice tables (no index on contact_id: production
-- never deletes a contact, retention empties it) once for each of 200,000 rows: over ten minutes.
create temporary table bench_old as select id from contact where tracking_code like 'KB-%';
delete from contact_read where contact_id in (select id from bench_old);
delete from contact_entry where contact_id in (select id from bench_old);
delete from staff_notice where contact_id in (select id from bench_old);
delete from client_notice where contact_id in (select id from bench_old);
delete from sms_notice where contact_id in (select id from bench_old);
delete from attachment where contact_id in (select id from bench_old);
update inbound_message set contact_id = null where contact_id in (select id from bench_old);
set session_replication_role = replica;
delete from contact where id in (select id from bench_old);
set session_replication_role = origin;

create temporary table bench_vocab (language text primary key, words text[]);
insert into bench_vocab values
('fi', array['liittymälupa','maantie','hakemus','avustus','yritystuki','maatila','kalastuslupa','ympäristölupa',
  'rakennus','tienpito','talvikunnossapito','auraus','meluhaitta','päätös','valitus','lasku','maksu','rahoitus',
  'hanke','työllisyys','koulutus','neuvonta','lomake','liite','kartta','suunnitelma','selvitys','vesistö',
  'metsä','luonnonsuojelu','kaava','joukkoliikenne','silta','nopeusrajoitus','liikennemerkki','valaistus',
  'vahinko','korvaus','ajokortti','tarkastus','ja','on','että','kun','tai','haluan','kysyn','miten','milloin']),
('sv', array['anslutningstillstånd','landsväg','ansökan','bidrag','företagsstöd','gård','fisketillstånd',
  'miljötillstånd','byggnad','vinterunderhåll','plogning','buller','beslut','besvär','faktura','avgift',
  'finansiering','projekt','sysselsättning','utbildning','rådgivning','blankett','bilaga','karta','plan',
  'utredning','vattendrag','skog','naturskydd','kollektivtrafik','bro','hastighetsbegränsning','skylt',
  'skada','ersättning','körkort','och','att','är','för','när','hur','jag','vill','fråga']),
('en', array['connection','permit','road','application','grant','business','support','farm','fishing','licence',
  'environmental','building','winter','maintenance','ploughing','noise','decision','appeal','invoice','fee',
  'funding','project','employment','training','advice','form','attachment','map','plan','survey','water',
  'forest','protection','transport','bridge','speed','limit','sign','damage','compensation','the','and','to',
  'how','when','my','would','like','ask']);

insert into contact (id, tracking_code, queue_id, organisation, channel, language, description, contact_name,
                     status, received_at, priority)
select gen_random_uuid(), 'KB-' || lpad(n::text, 8, '0'), q.id, 'ely-uusimaa',
       (array['WEB','WEB','WEB','EMAIL','EMAIL','PHONE','API','LETTER'])[1 + n % 8],
       lang, text, 'Bench Client ' || n,
       case when n % 100 < 95 then 'CLOSED' when n % 100 < 97 then 'RESOLVED' else 'QUEUED' end,
       now() - (random() * interval '365 days'), 3
  from generate_series(1, :contacts) n
  cross join lateral (select case when n % 20 < 12 then 'fi' when n % 20 < 17 then 'sv' else 'en' end as lang) l
  cross join lateral (
      select string_agg(v.words[1 + floor(power(random(), 2.5) * array_length(v.words, 1))::int], ' ') as text
        from bench_vocab v, generate_series(1, 12 + (n * 7) % 29) w
       where v.language = l.lang) t
  cross join (select id from queue where code = 'uusimaa-permits') q;

analyze contact;
