#!/bin/sh
# One login role and one schema of the same name per service, as the local launcher creates them.
# Passwords come from the environment (DB_PASSWORD_<ROLE>).
set -e
for role in catalogue registry routing feedback knowledge webhooks; do
  password=$(eval echo "\$DB_PASSWORD_$(echo $role | tr '[:lower:]' '[:upper:]')")
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role $role login password '$password';
create schema $role authorization $role;
alter role $role set search_path = $role;
SQL
done
# knowledge-portal's "did you mean" uses trigram similarity; extensions are the superuser's to create.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "create extension if not exists pg_trgm with schema knowledge"
