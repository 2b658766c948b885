-- The audit chain keyed: each new entry carries an HMAC-SHA256 of its hash under a key
-- kept outside the database, so that rewriting the table and recomputing the plain
-- chain is found. Lists and searches name the people they showed.
alter table audit_entry add column mac char(64);
alter table audit_entry add column shown_participants varchar(4000);
