-- Outcomes upon leaving and at each follow-up point, the project's follow-up points, and its
-- goals as data.
create table follow_up_point (
	id uuid primary key,
	project_id uuid not null references project (id) on delete cascade,
	name varchar(100) not null,
	days_after_exit integer not null,
	unique (project_id, days_after_exit)
);

create table outcome (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	follow_up_point_id uuid references follow_up_point (id) on delete set null,
	observed_on date not null,
	kind varchar(40) not null,
	subsidised boolean,
	full_time boolean,
	outside_home_municipality boolean,
	abroad boolean,
	dropout_reason varchar(30),
	source varchar(20) not null,
	note varchar(1000),
	recorded_by uuid references user_account (id),
	recorded_at timestamp not null,
	version integer not null
);

create index outcome_enrollment_idx on outcome (enrollment_id, observed_on);

create table goal (
	id uuid primary key,
	project_id uuid not null references project (id) on delete cascade,
	name varchar(200) not null,
	population varchar(20) not null,
	priority_group_id uuid references priority_group (id) on delete set null,
	measure varchar(20) not null,
	outcome_kinds varchar(500),
	days_after_exit integer,
	target_percent integer,
	target_count integer,
	position integer not null
);

create index goal_project_idx on goal (project_id, position);

-- Projects from before follow-up points existed get the defaults every new project gets.
insert into follow_up_point (id, project_id, name, days_after_exit)
select gen_random_uuid(), id, '4 veckor', 28 from project;
insert into follow_up_point (id, project_id, name, days_after_exit)
select gen_random_uuid(), id, '90 dagar', 90 from project;
insert into follow_up_point (id, project_id, name, days_after_exit)
select gen_random_uuid(), id, '6 månader', 182 from project;
