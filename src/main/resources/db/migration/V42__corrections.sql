-- One shape for the history of corrections, one table per module that owns the records:
-- each edit or removal of a record in a case, with the fields it changed as a JSON list
-- of {labelKey, before, after, valuePrefix}, who made it, when and, where asked, why.
create table casework_correction (
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

create index casework_correction_enrollment on casework_correction (enrollment_id, changed_at);

-- An activity's own corrections (its dates, capacity) belong to no one case: their
-- enrollment_id is empty and record_id names the activity.
create table activity_correction (
	id uuid primary key,
	enrollment_id uuid references enrollment (id),
	record_kind varchar(30) not null,
	record_id uuid not null,
	kind varchar(20) not null,
	changes varchar(20000) not null,
	reason varchar(1000),
	changed_by uuid,
	changed_at timestamp not null
);

create index activity_correction_enrollment on activity_correction (enrollment_id, changed_at);

create index activity_correction_record on activity_correction (record_id, changed_at);

create table intake_correction (
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

create index intake_correction_enrollment on intake_correction (enrollment_id, changed_at);

-- The contact log's changes move into the case work's history: the time and the line that
-- summed up the contact become two changed fields.
insert into casework_correction (id, enrollment_id, record_kind, record_id, kind, changes, reason, changed_by,
		changed_at)
select id, enrollment_id, 'CONTACT', contact_id, case kind when 'EDITED' then 'EDITED' else 'REMOVED' end,
	'[{"labelKey":"contact.contactedAt","before":"' || substring(cast(before_contacted_at as varchar(40)), 1, 16)
		|| '","after":"' || coalesce(substring(cast(after_contacted_at as varchar(40)), 1, 16), '')
		|| '","valuePrefix":null},{"labelKey":"contact.summary","before":"'
		|| replace(replace(replace(replace(replace(coalesce(before_text, ''), '\', '\\'), '"', '\"'), chr(10), '\n'),
			chr(13), '\r'), chr(9), '\t')
		|| '","after":"'
		|| replace(replace(replace(replace(replace(coalesce(after_text, ''), '\', '\\'), '"', '\"'), chr(10), '\n'),
			chr(13), '\r'), chr(9), '\t')
		|| '","valuePrefix":null}]',
	null, changed_by, changed_at
from contact_change;

drop table contact_change;
