-- Calendars stored once for the whole cluster (issue 10). One script for H2 and MariaDB.

-- Every node keeps the stored calendars in memory and compares this one number before each use:
-- an edit bumps it in its own transaction, so every node reloads the calendars as soon as the edit
-- commits, and an edit that rolls back is never used.
create table cd_sla_revision (
    id       int     not null primary key,
    revision bigint  not null
);
insert into cd_sla_revision (id, revision) values (1, 0);

-- Stable ids for /api/sla/calendars/{id}: a slug of the name ("policy-c-business-hours"), which
-- names with spaces made awkward in a URL. Names stay: clocks and the sla-targets table refer to them.
alter table cd_sla_calendar add calendar_key varchar(120);
update cd_sla_calendar set calendar_key = lower(replace(name, ' ', '-'));
create unique index uq_sla_calendar_key on cd_sla_calendar (calendar_key);
