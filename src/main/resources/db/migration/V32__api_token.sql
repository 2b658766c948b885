-- Personal access tokens for the API: a user's own, each with a name, an expiry and the
-- SHA-256 of the token (the token itself is shown once and never stored).
create table api_token (
	id uuid primary key,
	user_id uuid not null references user_account (id),
	name varchar(100) not null,
	token_hash char(64) not null unique,
	created_at timestamp not null,
	expires_on date not null,
	last_used_on date,
	revoked_at timestamp
);

create index api_token_user on api_token (user_id);
