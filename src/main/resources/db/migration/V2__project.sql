-- Projects, their municipalities (SCB codes) and the organisations that co-finance or take part.
create table project (
	id uuid primary key,
	name varchar(200) not null,
	programme_area varchar(200),
	phase varchar(20) not null,
	owner_organisation_id uuid references organisation (id),
	contact_person varchar(200),
	esf_grant_sek bigint,
	total_budget_sek bigint,
	period_start date not null,
	period_end date not null,
	region varchar(100),
	target_group varchar(4000),
	quota_women integer,
	quota_men integer,
	quota_total integer,
	version integer not null
);

create index project_name_idx on project (name);

create table project_municipality (
	project_id uuid not null references project (id) on delete cascade,
	municipality_code char(4) not null,
	primary key (project_id, municipality_code)
);

create table project_organisation (
	project_id uuid not null references project (id) on delete cascade,
	organisation_id uuid not null references organisation (id),
	relation varchar(20) not null,
	primary key (project_id, organisation_id, relation)
);
