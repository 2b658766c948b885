-- Which months of the monthly report to Statistics Sweden a project has produced, when, and
-- a checksum of what it held, so that a later correction shows.
create table scb_report (
	project_id uuid not null references project (id) on delete cascade,
	report_month char(7) not null,
	produced_at timestamp not null,
	produced_by uuid references user_account (id),
	row_count integer not null,
	checksum varchar(64) not null,
	primary key (project_id, report_month)
);
