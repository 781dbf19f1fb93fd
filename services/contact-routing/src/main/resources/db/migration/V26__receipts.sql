-- A receipt to every client who left an e-mail address, on every channel. The access secret goes
-- in it only when the contact came by e-mail (the receipt goes back to where the message came
-- from); it is kept here in clear only until the mail is sent or given up, then erased.
alter table client_notice add column access_secret text;
alter table client_notice drop constraint client_notice_kind_check;
alter table client_notice add constraint client_notice_kind_check
    check (kind in ('REPLY', 'INFORMATION_REQUESTED', 'RESOLVED', 'SATISFACTION_SURVEY', 'RECEIPT'));
