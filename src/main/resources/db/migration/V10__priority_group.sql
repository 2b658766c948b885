-- What a participant brings at the start (special categories of personal data: handle with
-- care), and the priority groups a project defines on them.
alter table participant add column birth_region varchar(20);
alter table participant add column education_level varchar(30);
alter table participant add column disability boolean;
alter table participant add column months_unemployed integer;
alter table participant add column swedish_level varchar(20);

create table priority_group (
	id uuid primary key,
	project_id uuid not null references project (id) on delete cascade,
	name varchar(100) not null,
	gender varchar(20),
	min_age integer,
	max_age integer,
	birth_region varchar(20),
	education_level varchar(30),
	disability boolean,
	min_months_unemployed integer,
	max_swedish_level varchar(20)
);

create index priority_group_project_idx on priority_group (project_id);
