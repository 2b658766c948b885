-- A participant's id in the system a file came from (a municipality's register, a
-- provider's spreadsheet), which Steget keeps so that a later file finds the same person
-- by it: a person known by a reserve identity, or whose number has changed.
alter table participant add column external_id varchar(64);
create unique index participant_external_id_idx on participant (external_id);
