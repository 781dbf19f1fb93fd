-- The S3 attachment store's ledger of objects that must not outlive their metadata. A row says:
-- "the object of this attachment id is to be deleted at due_at unless an attachment row has this id".
-- An upload writes its row (due after a grace period longer than any transaction) in a transaction
-- of its own before the object is written, and the upload's transaction deletes it with the
-- metadata's insert: a rolled-back upload or a crash leaves the row, and the cleanup job deletes the
-- orphan object. Erasure and retention write rows due at once in the transaction that deletes the
-- metadata, so an object is deleted even if the service stops right after the commit.
-- No foreign key: the attachment row is absent by design. The embedded store never writes here.
create table attachment_object_cleanup (
    attachment_id uuid primary key,
    due_at        timestamptz not null
);

create index attachment_object_cleanup_due on attachment_object_cleanup (due_at);
