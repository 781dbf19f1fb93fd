-- Erasure is audited like any other change of personal data.
alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
    check (action in ('READ', 'SEARCH', 'REGISTER', 'UPDATE', 'ERASE'));
