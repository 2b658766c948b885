-- Matching: the participant's job profile, kept with the case (wanted occupations in order
-- with experience, where and how much they can work, licences, languages, skills, what they
-- cannot do, in their own words), and proposals of a participant for a vacancy through to
-- hire, with each step, its day and who took it.
create table job_profile (
	enrollment_id uuid primary key references enrollment (id) on delete cascade,
	home_municipality boolean not null,
	whole_country boolean not null,
	abroad boolean not null,
	travel_minutes integer,
	scope_min integer,
	scope_max integer,
	swedish_level varchar(20),
	education_level varchar(30),
	own_words varchar(2000),
	changed_at timestamp not null,
	version integer not null
);

create table job_profile_occupation (
	enrollment_id uuid not null references job_profile (enrollment_id) on delete cascade,
	preference integer not null,
	ssyk_code char(4) not null,
	experience_years integer,
	primary key (enrollment_id, preference)
);

create index job_profile_occupation_ssyk_idx on job_profile_occupation (ssyk_code);

create table job_profile_tag (
	enrollment_id uuid not null references job_profile (enrollment_id) on delete cascade,
	kind varchar(20) not null,
	tag_value varchar(100) not null,
	primary key (enrollment_id, kind, tag_value)
);

create table proposal (
	id uuid primary key,
	vacancy_id uuid not null references vacancy (id),
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	status varchar(20) not null,
	proposed_on date not null,
	proposed_by uuid references user_account (id),
	version integer not null
);

create unique index proposal_once_idx on proposal (vacancy_id, enrollment_id);
create index proposal_enrollment_idx on proposal (enrollment_id);

create table proposal_step (
	proposal_id uuid not null references proposal (id) on delete cascade,
	step integer not null,
	status varchar(20) not null,
	taken_on date not null,
	user_id uuid references user_account (id),
	declined_by varchar(20),
	reason varchar(500),
	primary key (proposal_id, step)
);
