-- Feedback's invitation to the satisfaction survey after a contact is resolved: the link is shown
-- on the client's status page until it expires, and e-mailed to a client who gave an address.
alter table contact
    add column survey_url        text,
    add column survey_expires_at timestamptz;

alter table client_notice add column link text;
alter table client_notice drop constraint client_notice_kind_check;
alter table client_notice add constraint client_notice_kind_check
    check (kind in ('REPLY', 'INFORMATION_REQUESTED', 'RESOLVED', 'SATISFACTION_SURVEY'));
