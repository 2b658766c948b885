-- Files on a participant (a signed certificate, a CV), kept in the database so that the
-- record and the file are saved and deleted together.
create table document (
	id uuid primary key,
	participant_id uuid not null references participant (id) on delete cascade,
	file_name varchar(255) not null,
	content_type varchar(100) not null,
	size_bytes bigint not null,
	content bytea not null,
	uploaded_at timestamp not null,
	uploaded_by uuid references user_account (id),
	version integer not null
);

create index document_participant_idx on document (participant_id);
