-- The participant's action plan per enrollment: goals for work and private life, steps, and
-- every revision kept as a snapshot.
create table action_plan (
	enrollment_id uuid primary key references enrollment (id) on delete cascade,
	work_long_term varchar(1000),
	work_short_term varchar(1000),
	life_long_term varchar(1000),
	life_short_term varchar(1000),
	revision integer not null,
	version integer not null
);

create table plan_step (
	id uuid primary key,
	enrollment_id uuid not null references action_plan (enrollment_id) on delete cascade,
	area varchar(20) not null,
	description varchar(500) not null,
	due_date date,
	status varchar(20) not null,
	done_by varchar(20) not null
);

create table action_plan_revision (
	enrollment_id uuid not null references action_plan (enrollment_id) on delete cascade,
	revision integer not null,
	revised_at timestamp not null,
	revised_by uuid references user_account (id),
	snapshot varchar(20000) not null,
	primary key (enrollment_id, revision)
);
