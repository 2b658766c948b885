-- An enrollment's current track, its track history, pauses and participation. The counters
-- are kept on the enrollment row so that a caseload computes them from one query.
alter table enrollment add column track_id uuid references track (id);
alter table enrollment add column track_since date;
alter table enrollment add column participation_percent integer default 100 not null;
alter table enrollment add column planned_end_date date;
alter table enrollment add column paused_days integer default 0 not null;
alter table enrollment add column track_paused_days integer default 0 not null;
alter table enrollment add column paused_since date;

create table track_change (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	from_track_id uuid references track (id),
	to_track_id uuid not null references track (id),
	changed_on date not null,
	reason varchar(1000),
	changed_by uuid references user_account (id),
	recorded_at timestamp not null
);

create index track_change_enrollment_idx on track_change (enrollment_id);

create table pause (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	start_date date not null,
	end_date date,
	reason varchar(30) not null,
	note varchar(1000)
);

create index pause_enrollment_idx on pause (enrollment_id);
