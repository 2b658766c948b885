-- A user's look-up of a person by their full personal identity number, with the reason
-- given: for 24 hours it lets the user enroll the person in their own project, though the
-- person's other cases stay hidden.
create table participant_lookup (
	id uuid primary key,
	participant_id uuid not null references participant (id),
	user_id uuid not null,
	purpose varchar(300) not null,
	looked_up_at timestamp not null
);

create index participant_lookup_user on participant_lookup (user_id, participant_id, looked_up_at);
create index participant_lookup_participant on participant_lookup (participant_id);
