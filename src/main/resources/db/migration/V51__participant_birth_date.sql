-- A person is looked for by birth date and name: an import sends a namesake born the same
-- day to review, and the duplicate finder compares the names of those born on one day.
create index participant_born_name_idx on participant (birth_date, last_name, first_name);
