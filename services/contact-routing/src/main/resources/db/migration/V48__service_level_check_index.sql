-- The service-level check (every 30 s, ContactRepository.DUE_FOR_SERVICE_LEVEL_CHECK) looks for open
-- contacts whose clock runs and whose next service-level moment has passed: a deadline not yet
-- breached, or an at-risk point not yet flagged. The old index held only the resolution deadline,
-- so with 14,000 open contacts each pass read every one of their rows (8,500 pages, 66 MB) to find
-- none due. This index holds each open contact's next moment, the earliest of the four (the query
-- writes the same expression); a pass reads only the contacts that are due.
create index contact_service_level_next_idx on contact ((least(
        case when first_responded_at is null and not first_response_breached then first_response_due end,
        case when not resolution_breached then resolution_due end,
        case when sla_state = 'ON_TIME' and first_responded_at is null then first_response_at_risk end,
        case when sla_state = 'ON_TIME' then resolution_at_risk end)))
    where status in ('QUEUED', 'ASSIGNED') and waiting_since is null;
drop index contact_open_due_idx;
