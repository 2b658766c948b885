-- Enrollments: one participant's stay in one project.
create table enrollment (
	id uuid primary key,
	participant_id uuid not null references participant (id),
	project_id uuid not null references project (id),
	start_date date not null,
	responsible_user_id uuid references user_account (id),
	status varchar(20) not null,
	exit_date date,
	exit_reason varchar(40),
	exit_note varchar(1000),
	version integer not null
);

create index enrollment_participant_idx on enrollment (participant_id);
create index enrollment_project_status_idx on enrollment (project_id, status);
create index enrollment_responsible_idx on enrollment (responsible_user_id, status);
