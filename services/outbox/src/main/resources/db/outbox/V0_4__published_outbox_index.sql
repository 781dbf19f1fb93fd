-- Published rows are deleted once they are older than the retention (a week by default; the relay's
-- hourly clean-up, OutboxStore.deletePublishedBefore). No index served that: with a week of a busy
-- routing's events (840,000 rows) each run read the whole table, in about half a second. This
-- index gains one entry when the relay marks a row published, which already rewrites the row.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
