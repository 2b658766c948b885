-- The contact log of case work, and the project's contact norm. The day of the latest contact
-- is kept on the enrollment so that the caseload shows it from one query.
alter table project add column contact_norm_days integer default 3 not null;
alter table enrollment add column last_contact_on date;

create table contact (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	contacted_at timestamp not null,
	channel varchar(20) not null,
	kind varchar(30) not null,
	duration_minutes integer,
	staff_user_id uuid references user_account (id),
	note varchar(2000),
	version integer not null
);

create index contact_enrollment_idx on contact (enrollment_id, contacted_at);
