-- The secret that turns a participant into the same pseudonym in every evaluation extract;
-- made on first use, never shown.
create table pseudonym_key (
	id integer primary key,
	secret varchar(64) not null
);
