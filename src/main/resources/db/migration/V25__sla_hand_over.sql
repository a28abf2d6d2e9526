-- The lifecycle hands each breach to the escalation ladder and each warning to the case owner in a
-- step of its own (a retried job, an incident when it keeps failing). These flags say which
-- breaches and warnings that step has taken; the ones recorded before it existed were handed over
-- by the application event listener of the time.
alter table cd_sla_clock add column breach_handed_over boolean default false not null;
alter table cd_sla_clock add column warning_handed_over boolean default false not null;
update cd_sla_clock set breach_handed_over = true where state = 'BREACHED';
update cd_sla_clock set warning_handed_over = true where warned = true;
