-- Hazard investigation (隐患排查, DOMAIN.md §2 and §9): checklist library, work-day calendar, schedules (from risk
-- control measures and from plans), tasks, records with their answers, expert assignments for 体检式精查.
-- Rows that scope filters read carry the enterprise's region code and sectors (,03,04,) copied when written.

create table inspection_template (
    id          uuid primary key,
    code        varchar(64)   not null,
    name        varchar(200)  not null,
    -- comma-separated sector codes with leading and trailing commas (,03,04,), or empty for every sector
    sectors     varchar(200)  not null,
    description varchar(2000),
    builtin     boolean       not null,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint inspection_template_code_uk unique (code)
);

create table inspection_template_item (
    id             uuid primary key,
    template_id    uuid          not null references inspection_template (id) on delete cascade,
    position       int           not null,
    code           varchar(32)   not null,
    content        varchar(1000) not null,
    basis_document varchar(200),
    basis_article  varchar(100),
    -- failing the item is a 重大事故隐患
    major          boolean       not null,
    hazard_type    varchar(16)   not null,
    constraint inspection_template_item_code_uk unique (template_id, code)
);

-- Exceptions to Monday–Friday: holidays (workday false) and make-up workdays (调休, workday true).
create table inspection_calendar_day (
    cal_day date primary key,
    workday boolean      not null,
    note    varchar(100) not null
);

-- What tasks come from: one row per control measure (kind MEASURE, kept in step with the risk inventory) or per
-- recurring plan (kind PLAN: 班组日, 部门周, 厂长月, the principal's major-hazard inspection).
create table inspection_schedule (
    id                uuid primary key,
    enterprise_id     uuid          not null,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    kind              varchar(8)    not null,
    measure_id        uuid,
    unit_id           uuid,
    template_id       uuid,
    title             varchar(500)  not null,
    task_type         varchar(24)   not null,
    -- the cycle tasks follow; for a measure's schedule normally the measure's own (source_*), tightened to a quarter
    -- for the technical holder's 包保 check
    cycle             int           not null,
    cycle_unit        varchar(8)    not null,
    source_cycle      int,
    source_cycle_unit varchar(8),
    workday_type      varchar(12)   not null,
    assignee_position varchar(100),
    assignee_user_id  uuid,
    active            boolean       not null,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint inspection_schedule_measure_uk unique (measure_id),
    constraint inspection_schedule_cycle_ck check (cycle > 0)
);
create index inspection_schedule_gen_idx on inspection_schedule (cycle_unit, cycle, workday_type, active);
create index inspection_schedule_ent_idx on inspection_schedule (enterprise_id);

-- A task is one period of a schedule, or a one-off check (source_id = the task's own id). (source_id, period_key)
-- is unique: generation inserts only missing rows, and a concurrent twin loses on this key.
create table inspection_task (
    id                uuid primary key,
    source_id         uuid          not null,
    period_key        varchar(20)   not null,
    enterprise_id     uuid          not null,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    task_type         varchar(24)   not null,
    baobao            boolean       not null,
    title             varchar(500)  not null,
    unit_id           uuid,
    measure_id        uuid,
    template_id       uuid,
    assignee_position varchar(100),
    assignee_user_id  uuid,
    window_start      timestamp with time zone not null,
    window_end        timestamp with time zone not null,
    -- Asia/Shanghai date of the last day of the window
    due_date          date          not null,
    status            varchar(8)    not null,
    record_id         uuid,
    closed_at         timestamp with time zone,
    created_by        uuid,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    constraint inspection_task_period_uk unique (source_id, period_key)
);
create index inspection_task_ent_due_idx on inspection_task (enterprise_id, due_date);
create index inspection_task_open_idx on inspection_task (status, window_end);
create index inspection_task_unit_idx on inspection_task (unit_id, status);
create index inspection_task_region_due_idx on inspection_task (region_code, due_date);

create table inspection_record (
    id               uuid primary key,
    task_id          uuid          not null,
    enterprise_id    uuid          not null,
    region_code      varchar(12)   not null,
    sectors          varchar(200)  not null,
    source           varchar(24)   not null,
    recorded_by      uuid          not null,
    recorded_by_name varchar(100)  not null,
    recorded_at      timestamp with time zone not null,
    recorded_on      date          not null,
    findings         int           not null,
    constraint inspection_record_task_uk unique (task_id)
);
create index inspection_record_ent_idx on inspection_record (enterprise_id, recorded_on);
create index inspection_record_region_idx on inspection_record (region_code, recorded_on);

create table inspection_answer (
    id           uuid primary key,
    record_id    uuid          not null references inspection_record (id),
    position     int           not null,
    item_id      uuid,
    item_content varchar(1000) not null,
    major        boolean       not null,
    result       varchar(16)   not null,
    note         varchar(1000),
    photo_key    varchar(200),
    hazard_id    uuid
);
create index inspection_answer_record_idx on inspection_answer (record_id, position);

-- An official sends an expert to one enterprise for a 体检式精查; the expert sees that enterprise's inspection only.
create table inspection_expert_assignment (
    id             uuid primary key,
    expert_user_id uuid         not null,
    enterprise_id  uuid         not null,
    enterprise_name varchar(200) not null,
    region_code    varchar(12)  not null,
    sectors        varchar(200) not null,
    assigned_by    uuid         not null,
    assigned_at    timestamp with time zone not null,
    valid_until    date         not null,
    constraint inspection_expert_assignment_uk unique (expert_user_id, enterprise_id)
);

-- 2026 public holidays and make-up workdays (调休) as announced by the State Council General Office (国办发明电
-- 〔2025〕 notice on the 2026 holiday arrangement). Administrators maintain this table on /inspection/calendar.
insert into inspection_calendar_day (cal_day, workday, note) values
    (date '2026-01-01', false, '元旦'), (date '2026-01-02', false, '元旦'), (date '2026-01-03', false, '元旦'),
    (date '2026-01-04', true, '元旦调休上班'),
    (date '2026-02-14', true, '春节调休上班'),
    (date '2026-02-15', false, '春节'), (date '2026-02-16', false, '春节'), (date '2026-02-17', false, '春节'),
    (date '2026-02-18', false, '春节'), (date '2026-02-19', false, '春节'), (date '2026-02-20', false, '春节'),
    (date '2026-02-21', false, '春节'), (date '2026-02-22', false, '春节'), (date '2026-02-23', false, '春节'),
    (date '2026-02-28', true, '春节调休上班'),
    (date '2026-04-04', false, '清明节'), (date '2026-04-05', false, '清明节'), (date '2026-04-06', false, '清明节'),
    (date '2026-05-01', false, '劳动节'), (date '2026-05-02', false, '劳动节'), (date '2026-05-03', false, '劳动节'),
    (date '2026-05-04', false, '劳动节'), (date '2026-05-05', false, '劳动节'),
    (date '2026-05-09', true, '劳动节调休上班'),
    (date '2026-06-19', false, '端午节'), (date '2026-06-20', false, '端午节'), (date '2026-06-21', false, '端午节'),
    (date '2026-09-20', true, '国庆节调休上班'),
    (date '2026-09-25', false, '中秋节'), (date '2026-09-26', false, '中秋节'), (date '2026-09-27', false, '中秋节'),
    (date '2026-10-01', false, '国庆节'), (date '2026-10-02', false, '国庆节'), (date '2026-10-03', false, '国庆节'),
    (date '2026-10-04', false, '国庆节'), (date '2026-10-05', false, '国庆节'), (date '2026-10-06', false, '国庆节'),
    (date '2026-10-07', false, '国庆节'),
    (date '2026-10-10', true, '国庆节调休上班');
