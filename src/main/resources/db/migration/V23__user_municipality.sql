-- A municipal coordinator sees the project's participants who live in their municipality.
alter table user_account add column municipality_code varchar(4);
