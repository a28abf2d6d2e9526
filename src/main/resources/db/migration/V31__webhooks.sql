-- Webhooks (issue 12): URLs an administrator registers; the mail outbox (V30) delivers their calls
-- too, with the same claims, retries and log. One script for H2 and MariaDB.
create table cd_webhook (
    id          bigint        not null auto_increment primary key,
    url         varchar(2000) not null,
    secret      varchar(200)  not null,
    events      varchar(500)  not null,
    active      boolean       not null,
    created_by  varchar(100)  not null,
    created_at  datetime(6)   not null
);

alter table cd_outbox_message add column channel varchar(16) default 'MAIL' not null;
alter table cd_outbox_message add column webhook_id bigint;
alter table cd_outbox_message add column response_status int;
create index ix_outbox_webhook on cd_outbox_message (webhook_id);
