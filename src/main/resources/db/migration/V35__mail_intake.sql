-- Mail intake (issue 12, package io.casedesk.intake). One script for H2 and MariaDB.

-- Every mail taken from a mailbox, keyed by its Message-ID (or a hash of its headers and body when it
-- has none). The row is written in the same transaction as the case, reply, review item or quarantine
-- entry the mail became, and the mailbox message is marked read only after that commit: a node that
-- stops in between takes the mail again, finds its key here and does nothing twice.
create table cd_intake_message (
    message_key   varchar(255)  not null primary key,
    mailbox       varchar(100)  not null,
    from_address  varchar(254),
    outcome       varchar(30)   not null,
    detail        varchar(1000),
    case_number   varchar(40),
    processed_at  datetime(6)   not null
);
create index ix_intake_message_sender on cd_intake_message (from_address, processed_at);

-- Mail from senders who may not open cases (unknown addresses, contracts that lapsed), kept whole
-- until staff turn it into a case for a contact or discard it with a reason.
create table cd_intake_review (
    id             bigint         not null auto_increment primary key,
    message_key    varchar(255)   not null,
    mailbox        varchar(100)   not null,
    from_address   varchar(254)   not null,
    from_name      varchar(200),
    subject        varchar(300)   not null,
    body           longtext       not null,
    reason         varchar(1000)  not null,
    raw            longblob       not null,
    received_at    datetime(6)    not null,
    answered_at    datetime(6),
    status         varchar(20)    not null,
    case_number    varchar(40),
    decided_by     varchar(100),
    decided_at     datetime(6),
    discard_reason varchar(1000),
    version        bigint         not null
);
create index ix_intake_review_status on cd_intake_review (status, received_at);
create index ix_intake_review_sender on cd_intake_review (from_address, answered_at);

-- Mail that could not be read (malformed MIME, too large) or must not be acted on automatically
-- (a sender over the rate limit, an attachment over the size limit), kept byte for byte with the reason.
create table cd_intake_quarantine (
    id            bigint         not null auto_increment primary key,
    message_key   varchar(255)   not null,
    mailbox       varchar(100)   not null,
    from_address  varchar(254),
    subject       varchar(300),
    reason        varchar(1000)  not null,
    case_number   varchar(40),
    size_bytes    bigint         not null,
    raw           longblob       not null,
    received_at   datetime(6)    not null
);
create index ix_intake_quarantine_received on cd_intake_quarantine (received_at);

-- One node at a time polls a mailbox: the node whose conditional update moves held_until forward
-- holds the mailbox's lease until then. Rows are added per configured mailbox on first use.
create table cd_intake_lease (
    name       varchar(120)  not null primary key,
    held_by    varchar(200),
    held_until datetime(6)   not null
);
