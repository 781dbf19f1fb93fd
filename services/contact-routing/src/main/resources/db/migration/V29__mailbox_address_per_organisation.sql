-- An address belongs to one mailbox of an organisation, not of the whole platform: another
-- agency's mailbox must neither block an organisation from adding its own address nor reveal,
-- through a conflict, that the address is read. Whether an organisation may read a mailbox at all
-- is decided by operations, through the secrets they set up for it.
drop index mailbox_address_idx;
create unique index mailbox_address_idx on mailbox (organisation, lower(address));
