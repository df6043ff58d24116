-- The database and its role, run once as a superuser:
--   sudo -u postgres psql -v password="'…'" -f deploy/postgres-setup.sql
-- The role owns its database (migrations create and change tables in it) and nothing else: no superuser, no new
-- roles or databases, no replication, and the database is closed to every other role. Tested by
-- web/e2e/deploy.e2e.ts, which runs this file and then the whole platform on the role.
create role zhigong login password :password nosuperuser nocreatedb nocreaterole noreplication nobypassrls
  connection limit 200;
create database zhigong owner zhigong encoding 'UTF8' template template0;
revoke all on database zhigong from public;
\connect zhigong
-- PostgreSQL 15 already keeps the public schema to its owner (pg_database_owner, here zhigong); said again for 14.
revoke create on schema public from public;
