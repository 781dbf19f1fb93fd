-- What an imported item was imported with (SHA-256 of its fields), so that importing its
-- externalId again with other data is refused (422) instead of silently keeping the old, as
-- contact routing's imports do. Items imported before this column have none and stay skipped.
alter table feedback add column import_fingerprint text;
alter table survey_response add column import_fingerprint text;
