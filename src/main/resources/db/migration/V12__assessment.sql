-- Assessment scales per project (e.g. Swedish language steps, distance to the labour market),
-- and the measurements on each enrollment.
create table assessment_scale (
	id uuid primary key,
	project_id uuid not null references project (id) on delete cascade,
	name varchar(100) not null,
	description varchar(1000),
	min_value integer not null,
	max_value integer not null,
	higher_is_better boolean not null
);

create index assessment_scale_project_idx on assessment_scale (project_id);

create table assessment (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	scale_id uuid not null references assessment_scale (id),
	assessed_on date not null,
	score integer not null,
	staff_user_id uuid references user_account (id),
	note varchar(1000),
	version integer not null
);

create index assessment_enrollment_idx on assessment (enrollment_id, scale_id, assessed_on);
