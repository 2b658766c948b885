-- Corrections of a logged contact: edited or removed, with what it said before and after,
-- who and when.
create table contact_change (
	id uuid primary key,
	contact_id uuid not null,
	enrollment_id uuid not null references enrollment (id),
	kind varchar(20) not null,
	before_contacted_at timestamp not null,
	before_text varchar(2000),
	after_contacted_at timestamp,
	after_text varchar(2000),
	changed_by uuid not null,
	changed_at timestamp not null
);

create index contact_change_enrollment on contact_change (enrollment_id);
