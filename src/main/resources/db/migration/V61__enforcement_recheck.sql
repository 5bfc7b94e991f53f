-- 整改复查意见书: the re-check result of each ordered item, as found when the opinion was issued (a JSON array in the
-- order of the inspection's findings: the hazard, its state and the day it was closed), so that the document keeps
-- saying what the re-check found even after the hazards move on.
alter table enforcement_document add column recheck_result varchar(20000);
