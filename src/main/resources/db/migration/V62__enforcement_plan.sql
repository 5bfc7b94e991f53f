-- 年度执法检查计划: an enforcement office's yearly plan of key inspections (重点检查, named enterprises with a planned
-- month) and 双随机 checks per supervision category (share of the category's objects per round and rounds per year;
-- the object counts are taken from the object directory when the plan is drafted or recomputed and frozen when it is
-- filed). Drafted → filed (备案, to the level above) → published (公示 without login). 双随机 draws may name the plan.
create table enforcement_plan (
    id                uuid primary key,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    office_name       varchar(100)  not null,
    plan_year         integer       not null,
    title             varchar(200)  not null,
    note              varchar(2000),
    state             varchar(16)   not null,
    counted_on        date          not null,
    filed_to          varchar(100),
    filed_on          date,
    filed_by_name     varchar(100),
    published_on      date,
    published_by_name varchar(100),
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint enforcement_plan_office_year_uq unique (region_code, plan_year)
);

create table enforcement_plan_category (
    plan_id           uuid          not null references enforcement_plan (id),
    category          varchar(16)   not null,
    share_percent     integer       not null,
    rounds            integer       not null,
    object_count      integer       not null,
    planned_checks    integer       not null,
    primary key (plan_id, category)
);

create table enforcement_plan_target (
    plan_id           uuid          not null references enforcement_plan (id),
    position          integer       not null,
    enterprise_id     uuid          not null,
    enterprise_name   varchar(200)  not null,
    planned_month     integer       not null,
    reason            varchar(200)  not null,
    primary key (plan_id, position)
);

alter table enforcement_draw add column plan_id uuid references enforcement_plan (id);
alter table enforcement_draw add column category varchar(16);
create index enforcement_draw_plan_idx on enforcement_draw (plan_id);

-- 打非治违 (seed 003 item 20): per office and year, the yearly focus and measures (打击治理重点及措施, due 01-31),
-- the monthly dispatch (一月一调度, due the month's last day) and the half-year summary (半年一小结, due
-- zhiben.enforcement.crackdown.half-year-due, default 07-15), each filed once with the SHA-256 of its content and
-- marked late when filed after the due day; reminder_stage records the last reminder sent (DUE_SOON, OVERDUE).
create table enforcement_crackdown_item (
    id                uuid primary key,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    office_name       varchar(100)  not null,
    item_year         integer       not null,
    kind              varchar(16)   not null,
    period            integer       not null,
    due_date          date          not null,
    content           varchar(8000),
    content_hash      varchar(64),
    filed_on          date,
    filed_at          timestamp with time zone,
    filed_by_name     varchar(100),
    late              boolean       not null,
    reminder_stage    varchar(16),
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint enforcement_crackdown_item_uq unique (region_code, item_year, kind, period)
);
create index enforcement_crackdown_due_idx on enforcement_crackdown_item (due_date);
