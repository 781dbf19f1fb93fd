-- A segment's preferred channels (the strategy's channel steering): the web channel shows a
-- signed-in client these first on a service's page; routing rules name the segment and channel.
alter table segment
    add column preferred_channels varchar[] not null default '{}';
