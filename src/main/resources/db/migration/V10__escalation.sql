-- The escalation ladder (issue 5) and the complaints process of policy E.
-- One script for H2 and MariaDB: only types and syntax both accept.

-- One row per ladder. open_case_id holds the case id while the ladder runs and is cleared when it
-- ends: its unique index is what guarantees one running ladder per case, even under concurrency.
create table cd_escalation (
    id                  bigint        not null auto_increment primary key,
    case_id             bigint        not null,
    open_case_id        bigint        unique,
    case_number         varchar(40)   not null,
    customer_email      varchar(254)  not null,
    policy_set          varchar(40)   not null,
    status              varchar(20)   not null,
    started_by          varchar(254)  not null,
    started_trigger     varchar(40)   not null,
    started_at          datetime(6)   not null,
    level_number        int           not null,
    level_title         varchar(120),
    level_group         varchar(100),
    level_assignee      varchar(100),
    level_since         datetime(6),
    level_response_due  datetime(6),
    ended_at            datetime(6),
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint fk_escalation_case foreign key (case_id) references cd_case (id)
);
create index ix_escalation_case on cd_escalation (case_id);

-- What happened on the ladder, in order: triggers, levels entered, decisions, priority raises.
create table cd_escalation_event (
    id            bigint        not null auto_increment primary key,
    case_id       bigint        not null,
    escalation_id bigint,
    kind          varchar(40)   not null,
    trigger_kind  varchar(40),
    level_number  int,
    level_title   varchar(120),
    actor         varchar(254)  not null,
    reason        varchar(60),
    detail        varchar(4000),
    occurred_at   datetime(6)   not null,
    constraint fk_escevent_case foreign key (case_id) references cd_case (id),
    constraint fk_escevent_escalation foreign key (escalation_id) references cd_escalation (id)
);
create index ix_escevent_case on cd_escalation_event (case_id);

-- Who must be told: one row per recipient, for the mail outbox to deliver (delivered_at).
create table cd_escalation_notice (
    id             bigint        not null auto_increment primary key,
    case_id        bigint,
    complaint_id   bigint,
    event_kind     varchar(40)   not null,
    recipient_kind varchar(20)   not null,
    recipient      varchar(254)  not null,
    subject        varchar(300)  not null,
    body           varchar(4000) not null,
    created_at     datetime(6)   not null,
    delivered_at   datetime(6)
);
create index ix_escnotice_case on cd_escalation_notice (case_id);
create index ix_escnotice_undelivered on cd_escalation_notice (delivered_at);

-- Policy E: complaints and feedback, each followed by the complaint process.
create table cd_complaint (
    id                  bigint        not null auto_increment primary key,
    kind                varchar(20)   not null,
    organisation_id     bigint        not null,
    contact_id          bigint        not null,
    contact_email       varchar(254)  not null,
    case_id             bigint,
    subject             varchar(300)  not null,
    description         longtext      not null,
    status              varchar(30)   not null,
    filed_at            datetime(6)   not null,
    acknowledge_due     datetime(6),
    acknowledged_at     datetime(6),
    updates_sent        int           not null,
    outcome             varchar(4000),
    resolved            boolean,
    outcome_at          datetime(6),
    arbitration         varchar(4000),
    arbitrated_at       datetime(6),
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint fk_complaint_organisation foreign key (organisation_id) references cd_organisation (id),
    constraint fk_complaint_contact foreign key (contact_id) references cd_contact (id),
    constraint fk_complaint_case foreign key (case_id) references cd_case (id)
);
create index ix_complaint_organisation on cd_complaint (organisation_id);
