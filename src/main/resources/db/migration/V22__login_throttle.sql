-- Failed customer log-ins per account and per client address (issue 15 item 5), shared by all nodes so
-- that a lock-out holds whichever node the next attempt reaches. The key is a SHA-256 hash of
-- "account:<e-mail as typed, lower case>" or "address:<client address>": what people typed as a user
-- name is not stored, and unknown addresses are counted and locked exactly like known ones.
create table cd_login_throttle (
    throttle_key  varchar(64)  not null primary key,
    failures      int          not null,
    window_start  datetime(6)  not null,
    locked_until  datetime(6),
    version       bigint       not null
);
create index ix_login_throttle_window on cd_login_throttle (window_start);
