-- That the participant was informed, consented to being registered and to sharing between
-- the named organisations, and when consent was withdrawn.
alter table participant add column informed_on date;
alter table participant add column registration_consent_on date;
alter table participant add column sharing_consent_on date;
alter table participant add column consent_withdrawn_on date;

create table participant_sharing (
	participant_id uuid not null references participant (id) on delete cascade,
	organisation_id uuid not null references organisation (id) on delete cascade,
	primary key (participant_id, organisation_id)
);
