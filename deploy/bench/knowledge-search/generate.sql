-- 100,000 published articles for the search benchmark: every article in Finnish, 35 % also in
-- Swedish and 25 % also in English (160,000 language versions), 60-160 words each, drawn with a
-- skewed (Zipf-like) distribution from a domain vocabulary with compounds and inflected forms.
-- Owned by organisation 'bench', so that a rerun replaces them. Run as the knowledge role or a superuser.
set search_path = knowledge;

delete from search_word where language in ('fi', 'sv', 'en') and word like 'bench%';
delete from translation_version where translation_id in (select t.id from translation t join article a on a.id = t.article_id where a.organisation = 'bench');
delete from workflow_step where translation_id in (select t.id from translation t join article a on a.id = t.article_id where a.organisation = 'bench');
delete from article_rating where translation_id in (select t.id from translation t join article a on a.id = t.article_id where a.organisation = 'bench');
delete from translation where article_id in (select id from article where organisation = 'bench');
delete from article where organisation = 'bench';

create temporary table vocab (language text, words text[]);
insert into vocab values
('fi', array['lupa','hakemus','rakennus','ympäristö','tie','liittymä','avustus','yritys','maatila','kalastus',
 'vesi','metsä','luonto','suojelu','kaava','maankäyttö','liikenne','joukkoliikenne','silta','katu','valvonta',
 'tarkastus','ilmoitus','päätös','valitus','maksu','lasku','tuki','rahoitus','hanke','kehittäminen','koulutus',
 'työ','työllisyys','palvelu','asiakas','neuvonta','ohje','lomake','liite','kartta','suunnitelma','selvitys',
 'arviointi','vaikutus','melu','päästö','jäte','kierrätys','maisema','kulttuuri','perintö','museo','kylä',
 'kunta','maakunta','alue','raja','omistaja','vuokra','sopimus','kauppa','tuonti','vienti','tulli','kasvi',
 'eläin','kala','riista','vene','satama','lentokenttä','rautatie','pyörätie','kevyt','nopeus','rajoitus',
 'opaste','merkki','valaistus','talvi','kunnossapito','auraus','hiekoitus','vaurio','korvaus','vakuutus',
 'tutkimus','tieto','rekisteri','tunnus','henkilö','kortti','ajokortti','verokortti','todistus','lausunto']),
('sv', array['tillstånd','ansökan','bygg','miljö','väg','anslutning','bidrag','företag','gård','fiske','vatten',
 'skog','natur','skydd','plan','markanvändning','trafik','kollektivtrafik','bro','gata','tillsyn','inspektion',
 'anmälan','beslut','besvär','avgift','faktura','stöd','finansiering','projekt','utveckling','utbildning','arbete',
 'sysselsättning','tjänst','kund','rådgivning','anvisning','blankett','bilaga','karta','utredning','bedömning',
 'buller','utsläpp','avfall','återvinning','landskap','kultur','arv','kommun','landskapet','område','gräns',
 'ägare','hyra','avtal','handel','import','export','tull','växt','djur','fisk','båt','hamn','järnväg',
 'cykelväg','hastighet','begränsning','skylt','belysning','vinter','underhåll','skada','ersättning','försäkring',
 'forskning','register','intyg','utlåtande','körkort','lov']),
('en', array['permit','application','building','environment','road','connection','grant','business','farm',
 'fishing','water','forest','nature','protection','plan','land','traffic','transport','bridge','street',
 'supervision','inspection','notification','decision','appeal','fee','invoice','support','funding','project',
 'development','training','employment','service','customer','advice','guidance','form','attachment','map',
 'survey','assessment','noise','emission','waste','recycling','landscape','culture','heritage','municipality',
 'region','border','owner','lease','agreement','trade','import','export','customs','plant','animal','fish',
 'boat','harbour','railway','cycling','speed','limit','sign','lighting','winter','maintenance','damage',
 'compensation','insurance','research','register','licence','certificate','statement']);

-- Word number n of a language: a plain word, a compound of two (fi, sv) or an inflected form (fi),
-- drawn so that low numbers are far more frequent than high ones.
create function pg_temp.pick(lang text, r1 float8, r2 float8, r3 float8) returns text language sql as $$
    select case
        when lang = 'en' or r3 < 0.55 then w[1 + floor(power(r1, 2.2) * n)::int]
        when r3 < 0.85 then w[1 + floor(power(r1, 2.2) * n)::int] || w[1 + floor(power(r2, 1.5) * n)::int]
        else w[1 + floor(power(r1, 2.2) * n)::int] ||
             (array['n','a','ssa','sta','lle','lla','t','ksi'])[1 + floor(r2 * 8)::int]
    end
    from (select words as w, array_length(words, 1) as n from vocab where language = lang) v
$$;

-- (for_row: the article's id, so that the planner evaluates it for every row)
create function pg_temp.sentence(lang text, words int, for_row uuid) returns text language sql volatile as $$
    select string_agg(pg_temp.pick(lang, random(), random(), random()), ' ') from generate_series(1, words)
$$;

insert into article (id, organisation, audience, source_language, service_ids, service_groups, version, created_at, created_by, updated_at)
select gen_random_uuid(), 'bench', case when i % 10 = 0 then 'INTERNAL' else 'PUBLIC' end, 'fi', '{}',
       array[(array['STRATEGIC_PLANNING','ADVICE_AND_INFORMATION','FINANCING_AND_PROMOTION','PERMITS_AND_NOTIFICATIONS',
                    'SUPERVISION_AND_INSPECTIONS','INFRASTRUCTURE'])[1 + i % 6]],
       1, now(), 'bench', now()
from generate_series(1, 100000) i;

insert into translation (id, article_id, language, status, title, body, version, last_edited_by, published_version,
                         published_title, published_html, published_text, published_at, updated_at, source_version)
select gen_random_uuid(), a.id, l.language, 'PUBLISHED', title, body, 1, 'bench', 1, title, '<p>' || body || '</p>', body,
       now(), now(), case when l.language = 'fi' then null else 1 end
from article a
cross join lateral (values ('fi'), ('sv'), ('en')) l(language)
cross join lateral (select pg_temp.sentence(l.language, 2 + floor(random() * 4)::int, a.id) as title,
                           pg_temp.sentence(l.language, 60 + floor(random() * 100)::int, a.id) || '.' as body) t
where a.organisation = 'bench'
  and (l.language = 'fi' or (l.language = 'sv' and abs(hashtext(a.id::text || 'sv')) % 100 < 35)
       or (l.language = 'en' and abs(hashtext(a.id::text || 'en')) % 100 < 25));

insert into translation_version (translation_id, version, title, body, edited_by, edited_at)
select t.id, 1, t.title, t.body, 'bench', now() from translation t join article a on a.id = t.article_id where a.organisation = 'bench';

insert into search_word (language, word)
select distinct t.language, w from translation t join article a on a.id = t.article_id,
     regexp_split_to_table(lower(t.published_title || ' ' || t.published_text), '[^[:alnum:]]+') w
where a.organisation = 'bench' and length(w) between 3 and 40
on conflict do nothing;

analyze article;
analyze translation;
analyze search_word;
