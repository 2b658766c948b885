-- Corrections of an enrollment's exit (its date, reason or note changed, or the exit
-- undone): who, when, what it was before and after, and why.
create table enrollment_correction (
	id uuid primary key,
	enrollment_id uuid not null references enrollment (id),
	kind varchar(20) not null,
	exit_date_before date,
	exit_reason_before varchar(40),
	exit_note_before varchar(2000),
	exit_date_after date,
	exit_reason_after varchar(40),
	exit_note_after varchar(2000),
	reason varchar(300) not null,
	corrected_by uuid not null,
	corrected_at timestamp not null
);

create index enrollment_correction_enrollment on enrollment_correction (enrollment_id);
