-- The audit log: every view of a person, every list, export and change, append-only. Each
-- entry's hash covers the previous entry's hash, so that an edited or deleted entry shows.
-- The head row holds the chain's end and serialises appends.
create table audit_entry (
	seq bigint primary key,
	at timestamp not null,
	user_id uuid,
	username varchar(100),
	action varchar(10) not null,
	route varchar(300) not null,
	path varchar(1000) not null,
	participant_id uuid,
	purpose varchar(300),
	status integer not null,
	prev_hash char(64) not null,
	hash char(64) not null
);

create index audit_entry_participant_idx on audit_entry (participant_id, at);
create index audit_entry_user_idx on audit_entry (user_id, at);

create table audit_head (
	id integer primary key,
	seq bigint not null,
	hash char(64) not null
);

insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
