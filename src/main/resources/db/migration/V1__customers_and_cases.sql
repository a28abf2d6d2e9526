-- Casedesk's own tables (the Camunda engine manages its ACT_* tables itself).
-- One script for H2 and MariaDB: only types and syntax both accept.

create table cd_organisation (
    id                   bigint        not null auto_increment primary key,
    name                 varchar(200)  not null unique,
    contract_tier        varchar(40)   not null,
    contract_valid_until date          not null,
    supported_version    boolean       not null,
    time_zone            varchar(60)   not null,
    created_at           datetime(6)   not null
);

create table cd_contact (
    id              bigint        not null auto_increment primary key,
    organisation_id bigint        not null,
    name            varchar(200)  not null,
    email           varchar(254)  not null unique,
    phone           varchar(60),
    role            varchar(20)   not null,
    password_hash   varchar(100),
    active          boolean       not null,
    constraint fk_contact_organisation foreign key (organisation_id) references cd_organisation (id)
);

-- A partner contact may act for customer organisations besides its own.
create table cd_partner_link (
    contact_id      bigint not null,
    organisation_id bigint not null,
    primary key (contact_id, organisation_id),
    constraint fk_partner_contact foreign key (contact_id) references cd_contact (id),
    constraint fk_partner_organisation foreign key (organisation_id) references cd_organisation (id)
);

-- Case numbers come from a sequence: unique under concurrent creation without locking.
create sequence cd_case_number_seq start with 10001;

create table cd_case (
    id                  bigint        not null auto_increment primary key,
    case_number         varchar(40)   not null unique,
    subject             varchar(300)  not null,
    description         longtext      not null,
    category            varchar(60)   not null,
    priority            varchar(20)   not null,
    environment         varchar(20)   not null,
    product             varchar(120),
    product_version     varchar(60),
    operating_system    varchar(120),
    impact_processes    varchar(500),
    impact_user_count   int,
    impact_roles        varchar(500),
    impact_regions      varchar(500),
    organisation_id     bigint        not null,
    requester_id        bigint,
    requester_name      varchar(200)  not null,
    requester_email     varchar(254)  not null,
    requester_phone     varchar(60),
    channel             varchar(20)   not null,
    owner               varchar(100),
    status              varchar(20)   not null,
    hold_until          datetime(6),
    received_at         datetime(6)   not null,
    first_response_at   datetime(6),
    resolved_at         datetime(6),
    closed_at           datetime(6),
    resolution_cause    varchar(40),
    solution_type       varchar(40),
    resolution_summary  varchar(2000),
    closing_reason      varchar(40),
    reminders_sent      int           not null,
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint fk_case_organisation foreign key (organisation_id) references cd_organisation (id),
    constraint fk_case_requester foreign key (requester_id) references cd_contact (id)
);
create index ix_case_status on cd_case (status);
create index ix_case_organisation on cd_case (organisation_id);
create index ix_case_owner on cd_case (owner);

create table cd_case_message (
    id           bigint        not null auto_increment primary key,
    case_id      bigint        not null,
    visibility   varchar(20)   not null,
    author_kind  varchar(20)   not null,
    author_id    varchar(254)  not null,
    author_name  varchar(200)  not null,
    channel      varchar(20)   not null,
    body         longtext      not null,
    created_at   datetime(6)   not null,
    constraint fk_message_case foreign key (case_id) references cd_case (id)
);
create index ix_message_case on cd_case_message (case_id);

create table cd_case_attachment (
    id           bigint        not null auto_increment primary key,
    case_id      bigint        not null,
    file_name    varchar(255)  not null,
    content_type varchar(120)  not null,
    size_bytes   bigint        not null,
    content      longblob      not null,
    internal     boolean       not null,
    uploaded_by  varchar(254)  not null,
    uploaded_at  datetime(6)   not null,
    constraint fk_attachment_case foreign key (case_id) references cd_case (id)
);
create index ix_attachment_case on cd_case_attachment (case_id);

create table cd_case_status_change (
    id          bigint        not null auto_increment primary key,
    case_id     bigint        not null,
    from_status varchar(20),
    to_status   varchar(20)   not null,
    changed_by  varchar(254)  not null,
    changed_at  datetime(6)   not null,
    reason      varchar(1000),
    constraint fk_status_case foreign key (case_id) references cd_case (id)
);
create index ix_status_case on cd_case_status_change (case_id);

create table cd_case_priority_change (
    id            bigint        not null auto_increment primary key,
    case_id       bigint        not null,
    from_priority varchar(20)   not null,
    to_priority   varchar(20)   not null,
    changed_by    varchar(254)  not null,
    changed_at    datetime(6)   not null,
    reason        varchar(1000) not null,
    constraint fk_priority_case foreign key (case_id) references cd_case (id)
);
create index ix_priority_case on cd_case_priority_change (case_id);
