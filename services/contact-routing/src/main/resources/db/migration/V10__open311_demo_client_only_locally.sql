-- The demo Open311 client (api_key "kohtaamo-demo-open311-key", public in the repository) was
-- inserted by V3 in every environment. It is removed everywhere; the local launcher and the tests
-- register it at start (kohtaamo.routing.open311-demo-key), production never does.
delete from open311_client
 where api_key_hash = encode(sha256(convert_to('kohtaamo-demo-open311-key', 'UTF8')), 'hex');
