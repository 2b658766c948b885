-- Imports from spreadsheets: each a job that keeps its file, the user's choices (encoding,
-- delimiter, sheet, columns, with the header they were made for, so that the next file of
-- the same layout gets them), the report of its latest check and, once imported, what it
-- wrote. A job's file and report hold personal data: they are erased after the retention
-- period (ImportPersonalData).
create table import_job (
	id uuid primary key,
	record_kind varchar(30) not null,
	project_id uuid references project (id),
	file_name varchar(255) not null,
	file_type varchar(10) not null,
	file_sha256 char(64) not null,
	content bytea,
	charset varchar(30),
	delimiter varchar(2),
	sheet varchar(100),
	mapping varchar(2000),
	header_sha256 char(64),
	status varchar(20) not null,
	good_rows_only boolean not null,
	report text,
	created_count integer not null,
	updated_count integer not null,
	created_by uuid not null references user_account (id),
	created_at timestamp not null,
	checked_at timestamp,
	imported_at timestamp,
	version integer not null
);

create index import_job_created_by_idx on import_job (created_by, created_at);

create index import_job_layout_idx on import_job (created_by, header_sha256);
