-- Staff time reports per day and ESF+ activity type.
create table staff_time (
	id uuid primary key,
	user_id uuid not null references user_account (id),
	project_id uuid not null references project (id),
	work_date date not null,
	minutes integer not null,
	activity varchar(40) not null,
	note varchar(500),
	version integer not null
);

create index staff_time_user_date_idx on staff_time (user_id, work_date);
