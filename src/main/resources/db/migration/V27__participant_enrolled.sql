-- The day a person was first enrolled in a project: people only registered have none, which
-- the participant module answers from its own table (who a user registered and may still
-- see, and retention of people never enrolled).
alter table participant add column first_enrolled_on date;

update participant set first_enrolled_on = (select min(e.start_date) from enrollment e
	where e.participant_id = participant.id);

create index participant_unenrolled_idx on participant (registered_by, first_enrolled_on);
