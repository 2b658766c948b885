-- The people a list or search showed, one row each, so that a person's log finds those
-- entries by index rather than by reading the whole log.
create table audit_entry_shown (
	participant_id uuid not null,
	seq bigint not null,
	primary key (participant_id, seq)
);
