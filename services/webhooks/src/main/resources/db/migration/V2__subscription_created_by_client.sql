-- The agency system (client-credentials client id) that created a subscription; null when an
-- administrator did or the subscription is older than this column. Subscriptions still belong to
-- their organisation: an event of a contact reaches the subscriptions of the contact's organisation
-- and of the organisation whose system submitted it (issue 26).
alter table subscription add column created_by_client text;
