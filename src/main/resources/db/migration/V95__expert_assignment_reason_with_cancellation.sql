-- A chosen assignment's reason (up to 1000 characters) is kept when it is cancelled, and the cancellation's reason
-- (up to 500) is appended after "；撤回:", so the column holds both.
alter table expert_assignment alter column reason set data type varchar(1600);
