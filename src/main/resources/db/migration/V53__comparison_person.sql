-- A project's comparison group: registered job seekers who do not take part, each known
-- only by a pseudonym (an HMAC of their personal identity number under the extract's
-- secret; the number itself is never stored), with their situation at the reference
-- start and what they were doing 90 days, six months and twelve months after it.
create table comparison_person (
	id uuid primary key,
	project_id uuid not null references project (id),
	pseudonym varchar(16) not null,
	gender varchar(20) not null,
	birth_year integer not null,
	education_level varchar(30),
	birth_region varchar(20),
	disability boolean,
	months_registered integer not null,
	municipality_code char(4),
	reference_month date not null,
	outcome_90_days varchar(20),
	outcome_182_days varchar(20),
	outcome_365_days varchar(20),
	version integer not null default 0,
	constraint comparison_person_once unique (project_id, pseudonym)
);
