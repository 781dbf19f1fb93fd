-- An address given out for a manager's survey is audited as a read of its own kind.
alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
    check (action in ('READ', 'SEARCH', 'REGISTER', 'UPDATE', 'ERASE', 'MERGE', 'EXPORT', 'REVEAL_IDENTITY_CODE',
                      'DUPLICATE_REFUSED', 'SURVEY_ADDRESS'));
