-- Two records of one person merged into one: the kept person, who the removed record was
-- (its number and name, for the kept person's history and register extract), which
-- fields were taken from it, and who merged them when. Erasing the kept person erases
-- these rows with them.
create table participant_merge (
	id uuid primary key,
	kept_id uuid not null references participant (id) on delete cascade,
	removed_id uuid not null,
	removed_number varchar(12),
	removed_first_name varchar(100) not null,
	removed_last_name varchar(100) not null,
	taken_fields varchar(500) not null,
	moved_enrollments integer not null,
	merged_by uuid not null references user_account (id),
	merged_at timestamp not null
);

create index participant_merge_kept_idx on participant_merge (kept_id, merged_at);
