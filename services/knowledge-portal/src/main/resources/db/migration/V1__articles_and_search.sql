-- Services known from the catalogue's events: articles link to them, search filters by their group.
create table known_service (
    id            uuid primary key,
    service_group text not null,
    organisation  text not null,
    name_fi       text,
    withdrawn     boolean not null default false,
    version       integer not null
);

-- A knowledge article: one subject, written as linked translations in Finnish, Swedish and English.
create table article (
    id              uuid primary key,
    organisation    text not null,
    audience        text not null check (audience in ('PUBLIC', 'INTERNAL')),
    source_language text not null check (source_language in ('fi', 'sv', 'en')),
    service_ids     varchar[] not null default '{}',
    service_groups  varchar[] not null default '{}',
    tags            varchar[] not null default '{}',
    categories      varchar[] not null default '{}',
    version         integer not null default 1,
    created_at      timestamptz not null,
    created_by      text not null,
    updated_at      timestamptz not null
);
create index article_services_idx on article using gin (service_ids);
create index article_groups_idx on article using gin (service_groups);

-- One language version: a working copy (Markdown) that goes through the workflow, and the
-- published copy (sanitised HTML and its text) that readers and search see. Editing a published
-- translation leaves the published copy in place until the new version is published.
create table translation (
    id                      uuid primary key,
    article_id              uuid not null references article (id),
    language                text not null check (language in ('fi', 'sv', 'en')),
    status                  text not null check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    title                   text not null,
    body                    text not null,
    version                 integer not null,
    -- for a translation of the source: the source's version it was made from
    source_version          integer,
    last_edited_by          text not null,
    submitted_by            text,
    reviewed_by             text,
    publish_at              timestamptz,
    expire_at               timestamptz,
    published_version       integer,
    published_title         text,
    published_html          text,
    published_text          text,
    published_at            timestamptz,
    views                   bigint not null default 0,
    helpful_yes             integer not null default 0,
    helpful_no              integer not null default 0,
    updated_at              timestamptz not null,
    -- the article's audience and links, copied here so that search filters without a join
    audience                text not null check (audience in ('PUBLIC', 'INTERNAL')),
    service_ids             varchar[] not null default '{}',
    service_groups          varchar[] not null default '{}',
    -- title above body; each language stemmed by PostgreSQL's own configuration
    search_vector tsvector generated always as (
        case language
            when 'fi' then setweight(to_tsvector('finnish', coalesce(published_title, '')), 'A')
                        || setweight(to_tsvector('finnish', coalesce(published_text, '')), 'B')
            when 'sv' then setweight(to_tsvector('swedish', coalesce(published_title, '')), 'A')
                        || setweight(to_tsvector('swedish', coalesce(published_text, '')), 'B')
            else setweight(to_tsvector('english', coalesce(published_title, '')), 'A')
                        || setweight(to_tsvector('english', coalesce(published_text, '')), 'B')
        end) stored,
    -- the title alone: search ranks title matches first and reaches for body matches only when
    -- the titles do not fill the page, so a common word never ranks every article that has it
    title_vector tsvector generated always as (
        case language
            when 'fi' then to_tsvector('finnish', coalesce(published_title, ''))
            when 'sv' then to_tsvector('swedish', coalesce(published_title, ''))
            else to_tsvector('english', coalesce(published_title, ''))
        end) stored,
    unique (article_id, language),
    check (expire_at is null or publish_at is null or expire_at > publish_at)
);
-- kept compressed in the row rather than out of line: ranking reads it for every candidate
alter table translation alter column search_vector set storage main;
create index translation_search_idx on translation using gin (search_vector) where published_version is not null;
create index translation_title_idx on translation using gin (title_vector) where published_version is not null;
create index translation_due_idx on translation (publish_at) where status = 'SCHEDULED';
create index translation_expiry_idx on translation (expire_at) where status = 'PUBLISHED';

-- Every version of a translation's text, and every workflow step: who, when, what.
create table translation_version (
    translation_id uuid not null references translation (id),
    version        integer not null,
    title          text not null,
    body           text not null,
    edited_by      text not null,
    edited_at      timestamptz not null,
    primary key (translation_id, version)
);

create table workflow_step (
    id             uuid primary key,
    translation_id uuid not null references translation (id),
    version        integer not null,
    from_status    text,
    to_status      text not null,
    actor          text not null,
    at             timestamptz not null,
    note           text
);
create index workflow_step_translation_idx on workflow_step (translation_id, at);

-- "Was this helpful": each answer, sent on as feedback through the outbox.
create table article_rating (
    id             uuid primary key,
    translation_id uuid not null references translation (id),
    helpful        boolean not null,
    comment        text,
    at             timestamptz not null
);

-- The words of published articles per language: "did you mean" compares a query's words with
-- them by trigram similarity (pg_trgm, created in this schema by the superuser).
create table search_word (
    word     text not null,
    language text not null,
    primary key (language, word)
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);
