-- User accounts and the projects each user belongs to.
create table user_account (
	id uuid primary key,
	username varchar(100) not null unique,
	display_name varchar(200) not null,
	email varchar(200),
	password_hash varchar(200) not null,
	role varchar(30) not null,
	staff_function varchar(40),
	enabled boolean not null,
	version integer not null
);

create table project_membership (
	project_id uuid not null references project (id) on delete cascade,
	user_id uuid not null references user_account (id) on delete cascade,
	primary key (project_id, user_id)
);

create index project_membership_user_idx on project_membership (user_id);
