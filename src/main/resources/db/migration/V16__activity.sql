-- Activities in a project's calendar: group programmes with their sessions, internships and
-- work trials with their follow-up visits, training, study visits, exchanges, specialist
-- appointments and job search. Attendance holds the participants' hours per day and activity.
create table activity (
	id uuid primary key,
	project_id uuid not null references project (id) on delete cascade,
	kind varchar(30) not null,
	title varchar(200) not null,
	start_date date not null,
	end_date date not null,
	location varchar(200),
	country varchar(100),
	capacity integer,
	employer varchar(200),
	supervisor varchar(200),
	goals varchar(2000),
	result varchar(30),
	result_note varchar(2000),
	staff_user_id uuid references user_account (id),
	version integer not null
);

create index activity_project_idx on activity (project_id, start_date);

create table activity_session (
	activity_id uuid not null references activity (id) on delete cascade,
	session_date date not null,
	starts_at time,
	hours numeric(4, 2) not null,
	topic varchar(200) not null,
	primary key (activity_id, session_date)
);

create table activity_member (
	activity_id uuid not null references activity (id) on delete cascade,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	joined_on date not null,
	primary key (activity_id, enrollment_id)
);

create index activity_member_enrollment_idx on activity_member (enrollment_id);

create table activity_visit (
	activity_id uuid not null references activity (id) on delete cascade,
	visited_on date not null,
	staff_user_id uuid references user_account (id),
	note varchar(2000)
);

create table attendance (
	activity_id uuid not null references activity (id) on delete cascade,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	attended_on date not null,
	hours numeric(4, 2) not null,
	primary key (activity_id, enrollment_id, attended_on)
);

create index attendance_enrollment_idx on attendance (enrollment_id, attended_on);
