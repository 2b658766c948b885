-- A shared case: several staff on one enrollment, each with a role.
create table case_staff (
	enrollment_id uuid not null references enrollment (id) on delete cascade,
	user_id uuid not null references user_account (id),
	case_role varchar(40) not null,
	primary key (enrollment_id, user_id)
);

create index case_staff_user_idx on case_staff (user_id);
