-- Tracks, assessment scales and priority groups are edited by more than one manager: each
-- carries the version it was saved at, so that a save from an older one is refused.
alter table track add column version integer default 0 not null;
alter table assessment_scale add column version integer default 0 not null;
alter table priority_group add column version integer default 0 not null;
