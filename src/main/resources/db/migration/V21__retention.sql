-- How long a project keeps personal data after it ends (null: until someone decides), and
-- when a participant's identity was removed.
alter table project add column retention_months integer;
alter table participant add column anonymised_on date;
