-- Open311's public GET requests list a request only when its sender agreed to publish it (a flag
-- at intake, default no); everything else is for the receiving organisation's api_key.
alter table contact add column publicly_listed boolean not null default false;
