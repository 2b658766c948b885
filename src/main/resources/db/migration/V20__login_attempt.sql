-- Failed logins per username, and until when an account is locked after too many, in the
-- database so that every instance sees the same count.
create table login_attempt (
	username varchar(100) primary key,
	failures integer not null,
	locked_until timestamp
);
