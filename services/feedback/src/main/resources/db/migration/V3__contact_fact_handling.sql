-- A contact's handling from contact routing's lifecycle events (routed, resolved, closed, service
-- levels...): the basis of service-level attainment in the management view. No personal data.
alter table contact_fact
    add column service_group           text,
    add column segments                text[] not null default '{}',
    add column priority                integer,
    add column first_responded_at      timestamptz,
    add column first_response_due      timestamptz,
    add column resolution_due          timestamptz,
    add column first_response_breached boolean not null default false,
    add column resolution_breached     boolean not null default false,
    add column resolved_at             timestamptz,
    add column resolution_code         text,
    add column closed_at               timestamptz,
    add column changed_at              timestamptz;
