-- A project's intake steps, and each enrollment's record of them.
create table intake_step (
	id uuid primary key,
	project_id uuid not null references project (id) on delete cascade,
	position integer not null,
	name varchar(100) not null
);

create index intake_step_project_idx on intake_step (project_id);

create table intake_record (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	step_id uuid not null references intake_step (id),
	recorded_on date not null,
	staff_user_id uuid references user_account (id),
	outcome varchar(20) not null,
	reason varchar(1000),
	note varchar(1000)
);

create index intake_record_enrollment_idx on intake_record (enrollment_id);
