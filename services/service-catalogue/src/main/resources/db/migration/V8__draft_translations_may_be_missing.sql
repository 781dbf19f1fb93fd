-- A draft may lack its Swedish and English texts: the API takes a Finnish name alone, lists what is
-- missing (missingTranslations) and refuses to publish a service not named in all three. The columns
-- said otherwise, so such a draft failed in the database instead.
alter table service
    alter column name_sv drop not null,
    alter column name_en drop not null,
    alter column summary_sv drop not null,
    alter column summary_en drop not null;
