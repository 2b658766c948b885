-- People without a Swedish personal identity or coordination number: a reserve identity
-- (name, date of birth, gender and a note of the document that shows who they are), given
-- their number later. The number's uniqueness still holds among those who have one.
alter table participant alter column personal_identity_number drop not null;
alter table participant add column reserve_document varchar(200);
