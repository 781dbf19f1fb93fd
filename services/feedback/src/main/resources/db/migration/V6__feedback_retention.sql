-- Retention: feedback that names no registry client loses its texts and the sender's details a
-- configured time after it was closed or answered (kohtaamo.feedback.retention.*); anonymous
-- survey answers lose their free texts the same time after the response. The moment is kept, so
-- that the nightly run takes each feedback once.
alter table feedback add column personal_data_removed_at timestamptz;

-- The run's queries; each index holds only what is still to clear, so it stays small.
create index feedback_retention_idx on feedback (coalesce(closed_at, answered_at))
    where status in ('ANSWERED', 'CLOSED') and client_id is null and not erased and personal_data_removed_at is null;
create index survey_answer_free_text_idx on survey_answer (response_id) where free_text is not null;
