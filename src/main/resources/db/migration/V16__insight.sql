-- Insight: statistics summaries maintained from the modules' events (subtract the facts before, add the facts after)
-- and rebuilt from the base tables on demand. Every summary row is stored at six levels: lvl 1 province … 5 village
-- (area = the region code of that level, parent = the code one level up, '000000000000' above provinces) and
-- lvl 6 enterprise (area = the enterprise id, parent = its own 12-digit region code). A scope reads its own area;
-- a ranking reads the rows one level down whose parent is the scope. Region rows exist per sector set (,03,04,) and
-- once more summed over all sector sets (sectors = '*'), which answers without a sector filter read.

-- Hazards counted by the day (grain D) and month (grain M, period = first day) they were found (kind F, rejected
-- hazards left out; closed/on_time = how they stand now) and closed (kind C).
create table insight_hazard_flow (
    area    varchar(36)  not null,
    lvl     smallint     not null,
    grain   char(1)      not null,
    kind    char(1)      not null,
    period  date         not null,
    sectors varchar(200) not null,
    level   varchar(8)   not null,
    closed  boolean      not null,
    on_time boolean      not null,
    parent  varchar(12)  not null,
    n       bigint       not null,
    constraint insight_hazard_flow_pk primary key (area, lvl, grain, kind, period, sectors, level, closed, on_time)
);
create index insight_hazard_flow_parent_idx on insight_hazard_flow (parent, lvl, grain, kind, period);

-- Open hazards (neither closed nor rejected) as they stand now; stock: found before zhiben.hazard.baseline.
create table insight_hazard_open (
    area    varchar(36)  not null,
    lvl     smallint     not null,
    sectors varchar(200) not null,
    level   varchar(8)   not null,
    state   varchar(24)  not null,
    overdue boolean      not null,
    stock   boolean      not null,
    parent  varchar(12)  not null,
    n       bigint       not null,
    constraint insight_hazard_open_pk primary key (area, lvl, sectors, level, state, overdue, stock)
);
create index insight_hazard_open_parent_idx on insight_hazard_open (parent, lvl);

-- One row per registered enterprise: where it is, its sectors, and its analysis units per risk level.
create table insight_enterprise (
    enterprise_id uuid         primary key,
    region_code   varchar(12)  not null,
    sectors       varchar(200) not null,
    units_major   int          not null,
    units_large   int          not null,
    units_general int          not null,
    units_low     int          not null,
    units_none    int          not null,
    major_source  boolean      not null
);
-- covers the dashboard's count so PostgreSQL answers it from the index alone
create index insight_enterprise_region_idx on insight_enterprise (region_code, sectors, units_major, units_large,
    units_general, units_low, major_source);

-- Inspection inputs (fed by an adapter of the inspection module's events): enterprises with records per day, and
-- closed inspection tasks by due date and outcome, stored like the hazard flow.
create table insight_inspection_day (
    enterprise_id uuid         not null,
    seen_on       date         not null,
    region_code   varchar(12)  not null,
    sectors       varchar(200) not null,
    records       int          not null,
    constraint insight_inspection_day_pk primary key (enterprise_id, seen_on)
);
create index insight_inspection_day_region_idx on insight_inspection_day (region_code, seen_on);

create table insight_task_flow (
    area    varchar(36)  not null,
    lvl     smallint     not null,
    grain   char(1)      not null,
    period  date         not null,
    sectors varchar(200) not null,
    done    boolean      not null,
    parent  varchar(12)  not null,
    n       bigint       not null,
    constraint insight_task_flow_pk primary key (area, lvl, grain, period, sectors, done)
);
create index insight_task_flow_parent_idx on insight_task_flow (parent, lvl, grain, period);

