-- An official may decline a proposed escalation step with a reason (kept in note); the job proposes the same step
-- again later, as a new round: the job's once-per-step guard becomes once per step and round.
alter table hazard_escalation add column declined_at timestamp with time zone;
alter table hazard_escalation add column declined_by uuid;
alter table hazard_escalation add column declined_by_name varchar(100);
alter table hazard_escalation add column round integer default 1 not null;
alter table hazard_escalation drop constraint hazard_escalation_step_uk;
alter table hazard_escalation add constraint hazard_escalation_step_uk unique (hazard_id, step, round);
