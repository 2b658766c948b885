-- Creating API requests sent with an Idempotency-Key header, and the answer each got, so
-- that a client's retry gets the same answer instead of a second record. Kept for 24 hours.
create table idempotency_key (
    username varchar(100) not null,
    idempotency_key varchar(255) not null,
    fingerprint char(64) not null,
    created_at timestamp not null,
    status integer,
    content_type varchar(200),
    location varchar(1000),
    body text,
    primary key (username, idempotency_key)
);

create index idempotency_key_created on idempotency_key (created_at);
