-- Cross-module events (package io.casedesk.platform.events). One script for H2 and MariaDB.
--
-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 1.4): one row per
-- event and listener of another module, written in the publisher's transaction and completed when
-- the listener succeeds; what stays incomplete is delivered again. The id is a uuid on both
-- databases (MariaDB has the type since 10.7): Modulith binds a UUID on H2 and its text on MariaDB.
-- Modulith's own schema initialisation is off: Flyway owns Casedesk's tables. The table name is in
-- capitals because Modulith's SQL writes it so and MariaDB on Linux tells table names apart by case.
-- The (listener_id, serialized_event) index of Modulith's H2 script is left out: it is longer than
-- MariaDB's key limit, and completion_date is what the registry's lookups filter on.
create table EVENT_PUBLICATION (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date datetime(6)   not null,
    completion_date  datetime(6)
);
create index event_publication_by_completion_date_idx on EVENT_PUBLICATION (completion_date);

-- Periodic jobs that one node of a cluster runs at a time (the registry's resubmission): the node
-- whose update moves held_until forward holds the lease until then (platform.events.SchedulerLease).
create table cd_scheduler_lease (
    name       varchar(60)  not null primary key,
    held_by    varchar(200),
    held_until datetime(6)  not null
);
insert into cd_scheduler_lease (name, held_by, held_until) values ('event-resubmission', null, '2000-01-01 00:00:00');
