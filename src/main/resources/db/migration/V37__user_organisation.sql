-- A user belongs to an organisation (Arbetsförmedlingen, a municipality, a provider):
-- sharing a case with a user of another organisation needs the participant's consent to
-- share with that organisation.
alter table user_account add column organisation_id uuid references organisation (id);
