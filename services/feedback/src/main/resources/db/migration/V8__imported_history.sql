-- An earlier system's feedback and survey answers, imported with their own times (POST
-- /api/v1/feedback/imports, /api/v1/surveys/{id}/responses/imports): the earlier system's id
-- makes a repeated import harmless. An imported answer came through no invitation of ours.
alter table feedback add column external_id text;
create unique index feedback_external_id on feedback (organisation, external_id) where external_id is not null;

alter table survey_response alter column invitation_id drop not null;
alter table survey_response add column external_id text;
create unique index survey_response_external_id on survey_response (survey_id, external_id) where external_id is not null;
