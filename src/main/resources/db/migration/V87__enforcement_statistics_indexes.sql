-- Enforcement statistics (EnforcementStatistics) select by a region range (the caller's jurisdiction) and a date
-- range: inspections by inspected_on, cases by filed_on and by decided_on. A region-leading index with the date second
-- keeps both conditions in the index for every scope below the whole country (the date-only alternative helped a
-- province's year less and a county's not at all; see docs/benchmarks.md). The old region indexes carried the year
-- columns, which no region query asks for; they give way to the dated ones.
drop index enforcement_inspection_region_idx;
create index enforcement_inspection_region_idx on enforcement_inspection (region_code, inspected_on);
drop index enforcement_case_region_idx;
create index enforcement_case_region_idx on enforcement_case (region_code, filed_on);
create index enforcement_case_decided_idx on enforcement_case (region_code, decided_on);
