-- A risk early warning is raised by a pre-judgment or by a monitoring alarm left unhandled (issue 18 item 4): the
-- alarm's warning has no pre-judgment, kind or cadence period; its period is the alarm's day (yyyy-MM-dd), and
-- its cause says what was unhandled. One warning per alarm.
alter table risk_early_warning alter column prejudgment_id drop not null;
alter table risk_early_warning alter column kind drop not null;
alter table risk_early_warning add column alarm_id uuid;
alter table risk_early_warning add column cause varchar(500);
create unique index risk_early_warning_alarm_uk on risk_early_warning (alarm_id);
