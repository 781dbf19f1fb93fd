-- The S3 attachment store's ledger of objects that must not outlive their metadata. A row says:
-- "the object of this attachment id is to be deleted at due_at unless an attachment row has this id".
-- Erasure and retention write rows due at once in the transaction that deletes the metadata, so an
-- object is deleted even if the service stops right after the commit. (Orphans of uploads that never
-- committed are found by listing the bucket.)
-- No foreign key: the attachment row is absent by design. The embedded store never writes here.
create table attachment_object_cleanup (
    attachment_id uuid primary key,
    due_at        timestamptz not null
);

create index attachment_object_cleanup_due on attachment_object_cleanup (due_at);
