-- The mail outbox (issue 12): one row per mail, written in the transaction of the change that causes
-- it and sent afterwards by OutboxSender. One script for H2 and MariaDB.
--
-- A sender takes a row with one UPDATE (status PENDING -> SENDING, its claim_token, a lease in
-- claimed_until); a row still SENDING after its lease belonged to a node that died and is taken again.
-- message_id is fixed here, so every attempt sends the same message.
create table cd_outbox_message (
    id                bigint        not null auto_increment primary key,
    kind              varchar(60)   not null,
    case_id           bigint,
    case_number       varchar(40),
    recipients        varchar(2000) not null,
    subject           varchar(500)  not null,
    text_body         longtext      not null,
    html_body         longtext,
    message_id        varchar(300)  not null,
    in_reply_to       varchar(300),
    references_header varchar(4000),
    automatic         boolean       not null,
    status            varchar(16)   not null,
    attempts          int           not null,
    next_attempt_at   datetime(6)   not null,
    claim_token       varchar(40),
    claimed_until     datetime(6),
    last_error        varchar(1000),
    source_notice_id  bigint,
    created_at        datetime(6)   not null,
    sent_at           datetime(6),
    constraint uq_outbox_message_id unique (message_id)
);
create index ix_outbox_due on cd_outbox_message (status, next_attempt_at);
create index ix_outbox_case on cd_outbox_message (case_id);
