-- Participants: the people who take part, identified by personal identity or coordination number.
create table participant (
	id uuid primary key,
	personal_identity_number char(12) not null unique,
	first_name varchar(100) not null,
	last_name varchar(100) not null,
	gender varchar(20) not null,
	birth_date date not null,
	municipality_code char(4) not null,
	protected_identity boolean not null,
	registered_by uuid references user_account (id),
	registered_at timestamp not null,
	version integer not null
);

create index participant_last_name_idx on participant (last_name);
create index participant_registered_by_idx on participant (registered_by);
