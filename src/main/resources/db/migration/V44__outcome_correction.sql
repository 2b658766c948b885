-- The history of outcomes removed as recorded by mistake, in the shape of every module's
-- corrections (see V42).
create table outcome_correction (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id),
	record_kind varchar(30) not null,
	record_id uuid not null,
	kind varchar(20) not null,
	changes varchar(20000) not null,
	reason varchar(1000),
	changed_by uuid,
	changed_at timestamp not null
);

create index outcome_correction_enrollment on outcome_correction (enrollment_id, changed_at);
