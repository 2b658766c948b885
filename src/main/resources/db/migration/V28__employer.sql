-- The employer register: employers (shared by every project), their workplaces and contact
-- persons, the log of contacts with them (sales calls, visits, follow-ups), and their
-- vacancies and places (jobs, internship and work-trial places, apprenticeships) with
-- must-have and nice-to-have requirements.
create table employer (
	id uuid primary key,
	organisation_number char(10),
	name varchar(200) not null,
	sni_code varchar(5),
	version integer not null
);

create unique index employer_number_idx on employer (organisation_number);
create index employer_name_idx on employer (name);

create table workplace (
	id uuid primary key,
	employer_id uuid not null references employer (id) on delete cascade,
	name varchar(200) not null,
	address varchar(200),
	municipality_code char(4),
	country char(2) not null
);

create index workplace_employer_idx on workplace (employer_id);

create table employer_contact_person (
	id uuid primary key,
	employer_id uuid not null references employer (id) on delete cascade,
	name varchar(200) not null,
	role varchar(100),
	phone varchar(40),
	email varchar(200),
	added_on date not null
);

create index employer_contact_person_employer_idx on employer_contact_person (employer_id);

create table employer_contact (
	id uuid primary key,
	employer_id uuid not null references employer (id),
	project_id uuid references project (id) on delete cascade,
	contacted_on date not null,
	channel varchar(20) not null,
	purpose varchar(30) not null,
	staff_user_id uuid references user_account (id),
	contact_person_id uuid references employer_contact_person (id) on delete set null,
	enrollment_id uuid references enrollment (id) on delete cascade,
	activity_id uuid references activity (id) on delete cascade,
	outcome varchar(2000),
	next_step varchar(500),
	next_step_due date,
	next_step_done boolean not null,
	version integer not null
);

create index employer_contact_employer_idx on employer_contact (employer_id, contacted_on);
create index employer_contact_due_idx on employer_contact (staff_user_id, next_step_done, next_step_due);
create index employer_contact_enrollment_idx on employer_contact (enrollment_id);
create index employer_contact_project_idx on employer_contact (project_id, contacted_on);

create table vacancy (
	id uuid primary key,
	employer_id uuid not null references employer (id),
	workplace_id uuid references workplace (id) on delete set null,
	kind varchar(20) not null,
	title varchar(200) not null,
	ssyk_code char(4) not null,
	municipality_code char(4),
	country char(2) not null,
	employment_type varchar(30) not null,
	scope_min integer not null,
	scope_max integer not null,
	published_on date not null,
	starts_on date,
	deadline date,
	positions integer not null,
	filled integer not null,
	source varchar(20) not null,
	external_id varchar(100),
	external_url varchar(500),
	found_in_contact_id uuid references employer_contact (id) on delete set null,
	status varchar(10) not null,
	description varchar(4000),
	changed_at timestamp not null,
	version integer not null
);

create index vacancy_status_idx on vacancy (status, ssyk_code);
create index vacancy_employer_idx on vacancy (employer_id);
create index vacancy_changed_idx on vacancy (changed_at);

create table vacancy_requirement (
	vacancy_id uuid not null references vacancy (id) on delete cascade,
	kind varchar(20) not null,
	requirement_value varchar(100) not null,
	must_have boolean not null,
	primary key (vacancy_id, kind, requirement_value)
);

-- An internship or work trial happens at an employer of the register, optionally on one of
-- its places and with one of its contact persons as supervisor. The free text names become
-- employers, and the supervisors their contact persons; the free-text columns go.
alter table activity add column employer_id uuid references employer (id);
alter table activity add column place_id uuid references vacancy (id) on delete set null;
alter table activity add column supervisor_id uuid references employer_contact_person (id) on delete set null;

insert into employer (id, name, version)
	select gen_random_uuid(), names.name, 0
	from (select distinct trim(employer) as name from activity
		where employer is not null and trim(employer) <> '') names;

update activity set employer_id = (select em.id from employer em where em.name = trim(activity.employer))
	where employer is not null and trim(employer) <> '';

insert into employer_contact_person (id, employer_id, name, role, added_on)
	select gen_random_uuid(), supervisors.employer_id, supervisors.name, 'Handledare', current_date
	from (select distinct employer_id, trim(supervisor) as name from activity
		where employer_id is not null and supervisor is not null and trim(supervisor) <> '') supervisors;

update activity set supervisor_id = (select p.id from employer_contact_person p
		where p.employer_id = activity.employer_id and p.name = trim(activity.supervisor))
	where employer_id is not null and supervisor is not null and trim(supervisor) <> '';

-- A follow-up visit at the workplace is an employer contact of purpose internship follow-up,
-- about the internship's participant.
insert into employer_contact (id, employer_id, project_id, contacted_on, channel, purpose, staff_user_id,
		enrollment_id, activity_id, outcome, next_step_done, version)
	select gen_random_uuid(), a.employer_id, a.project_id, v.visited_on, 'VISIT', 'INTERNSHIP_FOLLOW_UP',
		v.staff_user_id, (select m.enrollment_id from activity_member m where m.activity_id = a.id
			order by m.joined_on limit 1), a.id, v.note, false, 0
	from activity_visit v join activity a on a.id = v.activity_id where a.employer_id is not null;

drop table activity_visit;

alter table activity drop column employer;
alter table activity drop column supervisor;

create index activity_employer_idx on activity (employer_id);

-- An outcome in work may name the employer.
alter table outcome add column employer_id uuid references employer (id);
