-- An e-mail contact's HTML part, sanitised (jsoup's allow-list, as articles): staff see the
-- message as it was formatted. Personal data like the description: retention and erasure clear it.
alter table contact add column description_html text;
