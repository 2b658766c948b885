-- Tracks and phases of a project, and which changes between them are allowed.
alter table project add column warning_days integer default 14 not null;
alter table project add column pauses_stop_counters boolean default true not null;

create table track (
	id uuid primary key,
	project_id uuid not null references project (id) on delete cascade,
	position integer not null,
	name varchar(100) not null,
	description varchar(1000),
	max_days integer,
	min_days_before_entry integer,
	first_track boolean not null
);

create index track_project_idx on track (project_id);

create table track_transition (
	from_track_id uuid not null references track (id) on delete cascade,
	to_track_id uuid not null references track (id) on delete cascade,
	primary key (from_track_id, to_track_id)
);
