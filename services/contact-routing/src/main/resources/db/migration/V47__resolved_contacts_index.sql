-- Every ten minutes routing closes the contacts resolved longer ago than the reopen period
-- (ContactRepository.RESOLVED_BEFORE). No index served that query: with a year's contacts
-- (600,000) each run read the whole table, 430 MB of it through the shared buffers, in about
-- 250 ms. Resolved contacts are few at any time, so this index is small.
create index contact_resolved_idx on contact (resolved_at) where status = 'RESOLVED';
