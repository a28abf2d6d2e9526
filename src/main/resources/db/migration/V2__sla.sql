-- SLA clocks and their events (package io.casedesk.sla). One script for H2 and MariaDB.
-- No foreign keys to cd_case: clocks and events are written in the middle of a lifecycle step, and
-- on MariaDB a child insert share-locks the parent case row, which then deadlocks two concurrent
-- actions on one case (each holding a share lock, each needing the exclusive one) instead of letting
-- the later one fail cleanly with an optimistic-locking conflict.

-- One clock per case and target. The target as evaluated at start (duration text, calendar,
-- warning share, DMN table version) is kept here, so a redeployed table never changes a running case.
create table cd_sla_clock (
    id                        bigint        not null auto_increment primary key,
    case_id                   bigint        not null,
    target                    varchar(60)   not null,
    policy_set                varchar(40)   not null,
    decision_id               varchar(64),
    duration_text             varchar(60)   not null,
    calendar_name             varchar(120)  not null,
    warning_percent           int,
    repeating                 boolean       not null,
    state                     varchar(20)   not null,
    started_at                datetime(6)   not null,
    due_at                    datetime(6)   not null,
    warning_at                datetime(6),
    warned                    boolean       not null,
    remaining_seconds         bigint,
    warning_remaining_seconds bigint,
    paused_at                 datetime(6),
    stopped_at                datetime(6),
    version                   bigint        not null,
    constraint uq_sla_clock_target unique (case_id, target)
);

-- What happened to each clock, for reports and replay. Written once, never updated.
create table cd_sla_event (
    id          bigint        not null auto_increment primary key,
    case_id     bigint        not null,
    target      varchar(60)   not null,
    kind        varchar(20)   not null,
    occurred_at datetime(6)   not null,
    due_at      datetime(6),
    note        varchar(500)
);
create index ix_sla_event_case on cd_sla_event (case_id);

-- Business calendars, seeded from the active policy set and edited through /api/sla/calendars.
create table cd_sla_calendar (
    id                bigint        not null auto_increment primary key,
    name              varchar(120)  not null unique,
    time_zone         varchar(60)   not null,
    twenty_four_seven boolean       not null,
    hours             longtext,
    public_holidays   varchar(200),
    days_off          longtext,
    updated_at        datetime(6)   not null,
    updated_by        varchar(254)  not null,
    version           bigint        not null
);
