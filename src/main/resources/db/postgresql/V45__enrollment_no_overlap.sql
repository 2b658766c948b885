-- On PostgreSQL the database itself refuses two overlapping enrollments of one person in
-- one project, both ends of a period included, an open one running on; the application
-- checks first, holding the person's row, so this only stops what bypasses it.
create extension if not exists btree_gist;

alter table enrollment add constraint enrollment_no_overlap exclude using gist (
	participant_id with =,
	project_id with =,
	daterange(start_date, exit_date, '[]') with &&
);
