-- Reply templates (issue 22, "good answers"): an organisation's ready answers in Finnish, Swedish
-- and English, kept by its supervisors. Placeholders ({client_name}, {tracking_code}, {service},
-- {agent}) are filled from the contact when an agent uses one; the texts themselves hold no
-- personal data. version is the API's optimistic lock (If-Match).
create table reply_template (
    id           uuid primary key,
    organisation text not null,
    name         text not null,
    text_fi      text,
    text_sv      text,
    text_en      text,
    version      integer not null,
    updated_by   text not null,
    updated_at   timestamptz not null,
    check (text_fi is not null or text_sv is not null or text_en is not null)
);
-- A name is unique within its organisation only: another agency's templates neither block nor reveal one.
create unique index reply_template_name_idx on reply_template (organisation, lower(name));
