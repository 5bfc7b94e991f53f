-- The report-up steps already reminded as overdue (level names, comma-separated), so each is reminded once.
alter table accident_accident add column overdue_reminded varchar(100) default '' not null;
