-- Files attached to a contact by the client, staff or an agency system. The metadata is one row;
-- the bytes are another table's (the embedded store), so that listing never reads them and an
-- object store can take their place. The file name is the client's (personal data): retention and
-- erasure delete the whole attachment; no event or log carries it.
create table attachment (
    id            uuid primary key,
    contact_id    uuid not null references contact (id),
    added_by_kind text not null check (added_by_kind in ('CLIENT', 'STAFF', 'AGENCY_SYSTEM')),
    -- the staff member's or agency system's subject; null for the client
    added_by      text,
    file_name     text not null check (length(file_name) between 1 and 255),
    content_type  text not null,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    scan_state    text not null check (scan_state in ('NOT_SCANNED', 'PENDING', 'CLEAN', 'INFECTED')),
    scan_reason   text,
    scanned_at    timestamptz,
    created_at    timestamptz not null
);

create index attachment_of_contact on attachment (contact_id, created_at);
-- The scanner's work: only files still waiting for clamd.
create index attachment_pending_scan on attachment (created_at) where scan_state = 'PENDING';

-- The embedded store: one row per attachment. The files are mostly compressed already (PDF,
-- images, office documents): stored out of line without PostgreSQL's own compression.
create table attachment_content (
    attachment_id uuid primary key references attachment (id) on delete cascade,
    content       bytea not null
);
alter table attachment_content alter column content set storage external;
