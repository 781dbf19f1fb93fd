-- 100,000 published articles for the search benchmark: every article in Finnish, 35 % also in
-- Swedish and 25 % also in English (160,000 language versions), 60-160 words each, drawn with a
-- skewed (Zipf-like) distribution from a domain vocabulary with compounds and inflected forms.
-- Owned by organisation 'bench', so that a rerun replaces them. Run as a superuser with
-- psql -v articles=100000 -f generate.sql (the count is a variable).
set search_path = knowledge;

delete from translation_version where translation_id in (select t.id from translation t join article a on a.id = t.article_id where a.organisation = 'bench');
delete from workflow_step where translation_id in (select t.id from translation t join article a on a.id = t.article_id where a.organisation = 'bench');
delete from article_rating where translation_id in (select t.id from translation t join article a on a.id = t.article_id where a.organisation = 'bench');
delete from translation where article_id in (select id from article where organisation = 'bench');
delete from article where organisation = 'bench';
-- Rewritten without the previous corpus, its indexes with it: otherwise each rerun's indexes keep
-- the corpus before's dead entries (the three text indexes grew from 318 to 439 MB in one rerun)
-- and a run measures the benchmark's own history, not a database that took in these articles.
-- The new corpus then goes into the indexes one text at a time, as publication puts it there.
vacuum full translation;

-- The vocabulary: 40,000 words per language, word number r drawn with probability ~1/r (Zipf),
-- as in natural text. Numbers from 30 (up to 129) are real domain words (fi, sv, en lists below); the rest are
-- pseudo-words built from the language's syllables, so every number is a distinct word.
create temporary table vocab (language text primary key, words text[], syllables text[]);
insert into vocab values
('fi', array['lupa','hakemus','rakennus','ympäristö','tie','liittymä','avustus','yritys','maatila','kalastus',
 'vesi','metsä','luonto','suojelu','kaava','maankäyttö','liikenne','joukkoliikenne','silta','katu','valvonta',
 'tarkastus','ilmoitus','päätös','valitus','maksu','lasku','tuki','rahoitus','hanke','kehittäminen','koulutus',
 'työ','työllisyys','palvelu','asiakas','neuvonta','ohje','lomake','liite','kartta','suunnitelma','selvitys',
 'arviointi','vaikutus','melu','päästö','jäte','kierrätys','maisema','kulttuuri','perintö','museo','kylä',
 'kunta','maakunta','alue','raja','omistaja','vuokra','sopimus','kauppa','tuonti','vienti','tulli','kasvi',
 'eläin','kala','riista','vene','satama','lentokenttä','rautatie','pyörätie','kevyt','nopeus','rajoitus',
 'opaste','merkki','valaistus','talvi','kunnossapito','auraus','hiekoitus','vaurio','korvaus','vakuutus',
 'tutkimus','tieto','rekisteri','tunnus','henkilö','kortti','ajokortti','verokortti','todistus','lausunto'],
 array['ka','lo','mi','tu','va','ne','ri','sa','ho','ju','le','pä','ty','ro','ki','mu','se','po','ja','hi']),
('sv', array['tillstånd','ansökan','bygg','miljö','väg','anslutning','bidrag','företag','gård','fiske','vatten',
 'skog','natur','skydd','plan','markanvändning','trafik','kollektivtrafik','bro','gata','tillsyn','inspektion',
 'anmälan','beslut','besvär','avgift','faktura','stöd','finansiering','projekt','utveckling','utbildning','arbete',
 'sysselsättning','tjänst','kund','rådgivning','anvisning','blankett','bilaga','karta','utredning','bedömning',
 'buller','utsläpp','avfall','återvinning','landskap','kultur','arv','kommun','landskapet','område','gräns',
 'ägare','hyra','avtal','handel','import','export','tull','växt','djur','fisk','båt','hamn','järnväg',
 'cykelväg','hastighet','begränsning','skylt','belysning','vinter','underhåll','skada','ersättning','försäkring',
 'forskning','register','intyg','utlåtande','körkort','lov','bygglov','vägplan','strand','älv','sjö',
 'fält','äng','berg','dal','by','stad','torg','hus','stuga','bod','lada','ladugård','ko','häst','får'],
 array['ba','kel','mo','ren','sti','får','gå','ling','trä','vik','ber','son','dal','hol','sjö','fors','ny','ås','torp','lund']),
('en', array['permit','application','building','environment','road','connection','grant','business','farm',
 'fishing','water','forest','nature','protection','plan','land','traffic','transport','bridge','street',
 'supervision','inspection','notification','decision','appeal','fee','invoice','support','funding','project',
 'development','training','employment','service','customer','advice','guidance','form','attachment','map',
 'survey','assessment','noise','emission','waste','recycling','landscape','culture','heritage','municipality',
 'region','border','owner','lease','agreement','trade','import','export','customs','plant','animal','fish',
 'boat','harbour','railway','cycling','speed','limit','sign','lighting','winter','maintenance','damage',
 'compensation','insurance','research','register','licence','certificate','statement','village','town','lake',
 'river','shore','field','meadow','hill','valley','house','cottage','barn','cow','horse','sheep','goat','crop'],
 array['bra','ton','mel','dor','fin','gal','hap','kin','lor','mur','nel','pos','quin','ras','sel','tam','vor','wex','yar','zen']);

-- Every word of the vocabulary, by language and number.
create temporary table vocab_word as
select v.language, r,
       case when r between 30 and least(129, 29 + array_length(v.words, 1)) then v.words[r - 29]
            else v.syllables[1 + r % 20] || v.syllables[1 + (r / 20) % 20] || v.syllables[1 + (r / 400) % 20]
                 || case when r >= 8000 then v.syllables[1 + (r / 8000) % 20] else '' end
       end as word
from vocab v, generate_series(1, 40000) r;
analyze vocab_word;

insert into article (id, organisation, audience, source_language, service_ids, service_groups, version, created_at, created_by, updated_at)
select gen_random_uuid(), 'bench', case when i % 10 = 0 then 'INTERNAL' else 'PUBLIC' end, 'fi', '{}',
       array[(array['STRATEGIC_PLANNING','ADVICE_AND_INFORMATION','FINANCING_AND_PROMOTION','PERMITS_AND_NOTIFICATIONS',
                    'SUPERVISION_AND_INSPECTIONS','INFRASTRUCTURE'])[1 + i % 6]],
       1, now(), 'bench', now()
from generate_series(1, :articles) i;

-- The language versions to write: every article in Finnish, some also in Swedish and English.
create temporary table bench_text as
select gen_random_uuid() as id, a.id as article_id, l.language,
       2 + floor(random() * 4)::int as title_words, 60 + floor(random() * 100)::int as body_words
from article a cross join (values ('fi'), ('sv'), ('en')) l(language)
where a.organisation = 'bench'
  and (l.language = 'fi' or (l.language = 'sv' and abs(hashtext(a.id::text || 'sv')) % 100 < 35)
       or (l.language = 'en' and abs(hashtext(a.id::text || 'en')) % 100 < 25));

-- Each word of each text: a Zipf-distributed word number (log-uniform over 1..40000), a second
-- one for a compound (fi, sv: 25 %), and an inflection ending (fi: 15 %).
create temporary table bench_token as
select t.id, t.language, g.n, g.n <= t.title_words as in_title,
       least(40000, floor(exp(random() * ln(40000)))::int) as r1,
       least(40000, floor(exp(random() * ln(40000)))::int) as r2,
       random() as r3
from bench_text t, generate_series(1, t.title_words + t.body_words) g(n);

create temporary table bench_content as
select k.id,
       string_agg(w, ' ' order by k.n) filter (where k.in_title) as title,
       string_agg(w, ' ' order by k.n) filter (where not k.in_title) || '.' as body
from (select k.*, case when k.language = 'en' or k.r3 < 0.6 then w1.word
                       when k.r3 < 0.85 then w1.word || w2.word
                       when k.language = 'fi' then w1.word || (array['n','a','ssa','sta','lle','lla','t','ksi'])[1 + floor((k.r3 - 0.85) / 0.15 * 8)::int]
                       else w1.word end as w
      from bench_token k
      join vocab_word w1 on w1.language = k.language and w1.r = k.r1
      join vocab_word w2 on w2.language = k.language and w2.r = k.r2) k
group by k.id;

insert into translation (id, article_id, language, status, title, body, version, last_edited_by, published_version,
                         published_title, published_html, published_text, published_at, updated_at, source_version,
                         audience, service_ids, service_groups)
select t.id, t.article_id, t.language, 'PUBLISHED', c.title, c.body, 1, 'bench', 1, c.title, '<p>' || c.body || '</p>',
       c.body, now(), now(), case when t.language = 'fi' then null else 1 end, a.audience, a.service_ids, a.service_groups
from bench_text t join bench_content c on c.id = t.id join article a on a.id = t.article_id;

insert into translation_version (translation_id, version, title, body, edited_by, edited_at)
select t.id, 1, t.title, t.body, 'bench', now() from translation t join article a on a.id = t.article_id where a.organisation = 'bench';

insert into search_word (language, word)
select distinct language, word from vocab_word where length(word) between 3 and 40
on conflict do nothing;

-- The texts' search vectors and lexeme counts are not written here: the running knowledge portal
-- analyses every published text without vectors (SearchIndex, Voikko and Hunspell), as it would
-- texts published before its analysis existed; bench.sh waits for it and times it.

analyze article;
analyze search_word;
