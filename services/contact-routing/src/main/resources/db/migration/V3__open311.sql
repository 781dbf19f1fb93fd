-- Open311 GeoReport v2: agency clients known by their api_key (only its SHA-256 is kept), and a
-- request's location and media.
create table open311_client (
    api_key_hash text primary key,
    name         text not null,
    organisation text not null,
    created_at   timestamptz not null default now()
);

alter table contact
    add column latitude       numeric(9, 6),
    add column longitude      numeric(9, 6),
    add column address_string text,
    add column address_id     text,
    add column media_url      text;

create index contact_open311_idx on contact (received_at) where channel = 'OPEN311';

-- Demo client: api_key "kohtaamo-demo-open311-key" for the Uusimaa agency's civic app.
insert into open311_client (api_key_hash, name, organisation) values
 (encode(sha256(convert_to('kohtaamo-demo-open311-key', 'UTF8')), 'hex'), 'Uusimaa civic app', 'ely-uusimaa');
