-- Postal, home and visiting addresses: several per client, personal data like the rest of the record.
alter table client add column addresses jsonb not null default '[]';
