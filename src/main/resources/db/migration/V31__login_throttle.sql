-- Failed logins counted per account, per client address and per account and address
-- together, each with the time before which the next attempt is refused: an exponential
-- delay in place of the hard lock of login_attempt, shared by every instance.
create table login_throttle (
	throttle_key varchar(160) primary key,
	failures integer not null,
	last_failure timestamp not null,
	blocked_until timestamp
);

drop table login_attempt;
