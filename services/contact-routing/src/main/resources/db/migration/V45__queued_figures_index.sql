-- The workspace's queue list counts each queue's waiting contacts and how many of them are at risk
-- or breached (ContactRepository.waitingIn) on every page. With a year's contacts loaded (98,000
-- waiting in a benchmark) that was a bitmap heap scan of 780 ms; from this index it is an index-only
-- scan (about 0.5 µs a waiting contact). docs/performance.md, "the workspace with a year loaded".
create index contact_queued_sla_idx on contact (queue_id, sla_state) where status = 'QUEUED';
