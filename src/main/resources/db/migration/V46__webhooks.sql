-- Webhooks: the subscriptions administrators make, and the outbox of messages to them.
-- A message is written in the same transaction as the change it tells of, and the
-- dispatcher delivers it afterwards, again until the subscriber accepts it.
create table webhook_subscription (
	id uuid primary key,
	url varchar(2000) not null,
	description varchar(200),
	event_types varchar(500) not null,
	project_id uuid references project (id) on delete cascade,
	secret varchar(100) not null,
	previous_secret varchar(100),
	previous_secret_until timestamp,
	enabled boolean not null,
	disabled_reason varchar(300),
	created_at timestamp not null,
	version integer not null
);

create table webhook_message (
	id varchar(40) primary key,
	subscription_id uuid not null references webhook_subscription (id) on delete cascade,
	event_type varchar(50) not null,
	payload varchar(4000) not null,
	created_at timestamp not null,
	status varchar(20) not null,
	attempts integer not null,
	next_attempt_at timestamp,
	last_attempt_at timestamp,
	last_status integer,
	last_error varchar(500),
	delivered_at timestamp
);

create index webhook_message_due_idx on webhook_message (status, next_attempt_at);

create index webhook_message_subscription_idx on webhook_message (subscription_id, created_at);
