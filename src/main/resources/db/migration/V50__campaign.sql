-- 治本攻坚三年行动 (issue 15): plans as a tree (a lower plan under its parent), actions, numbered tasks with their
-- responsible and collaborating units and milestones, monthly progress reports with evidence, the escalation ladder
-- of lagging tasks, and daily snapshots of the live metrics that milestones are bound to.
create table campaign_plan (
    id           uuid primary key,
    -- the issuing jurisdiction (scope: officials of it and below, read also from below)
    region_code  varchar(12)   not null,
    level        varchar(16)   not null,
    title        varchar(300)  not null,
    issuer       varchar(200)  not null,
    doc_no       varchar(100),
    parent_id    uuid references campaign_plan (id),
    start_date   date          not null,
    end_date     date          not null,
    issued_on    date,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index campaign_plan_region_idx on campaign_plan (region_code);
create index campaign_plan_parent_idx on campaign_plan (parent_id);

create table campaign_action (
    id       uuid primary key,
    plan_id  uuid         not null references campaign_plan (id),
    seq      integer      not null,
    title    varchar(300) not null,
    constraint campaign_action_seq_uk unique (plan_id, seq)
);

create table campaign_task (
    id             uuid primary key,
    plan_id        uuid          not null references campaign_plan (id),
    action_id      uuid          not null references campaign_action (id),
    -- the plan's own numbering: 1, 2 … or 3.1
    task_no        varchar(16)   not null,
    text           varchar(4000) not null,
    -- comma-separated sector codes with leading and trailing commas: ,03,04, (empty: every sector)
    sectors        varchar(200)  not null,
    -- the higher plan's task this one implements (roll-up)
    implements_id  uuid references campaign_task (id),
    state          varchar(16)   not null,
    progress       integer       not null,
    completed_by   varchar(16),
    return_reason  varchar(1000),
    lagging_since  date,
    lag_reason     varchar(300),
    evaluated_on   date,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint campaign_task_no_uk unique (plan_id, task_no)
);
create index campaign_task_implements_idx on campaign_task (implements_id);
create index campaign_task_action_idx on campaign_task (action_id);

-- 责任单位 (LEAD) and 配合单位 (ASSIST): a department, a region (town, village), an enterprise of the registry, or an
-- office of the issuing government that the registry does not hold (镇工业办, 科室、站、所)
create table campaign_task_unit (
    task_id  uuid         not null references campaign_task (id),
    seq      integer      not null,
    role     varchar(8)   not null,
    kind     varchar(16)  not null,
    ref      varchar(64),
    name     varchar(200) not null,
    primary key (task_id, seq)
);
create index campaign_task_unit_ref_idx on campaign_task_unit (ref);

create table campaign_milestone (
    id            uuid primary key,
    task_id       uuid          not null references campaign_task (id),
    seq           integer       not null,
    due_date      date          not null,
    phrase        varchar(100),
    description   varchar(500),
    target_kind   varchar(16)   not null,
    comparison    varchar(8),
    target_value  numeric(19, 4),
    unit          varchar(20),
    metric_key    varchar(100),
    met_on        date,
    last_value    numeric(19, 4),
    measured_at   timestamp with time zone
);
create index campaign_milestone_task_idx on campaign_milestone (task_id);

create table campaign_report (
    id                uuid primary key,
    task_id           uuid          not null references campaign_task (id),
    period            varchar(7)    not null,
    reported_at       timestamp with time zone not null,
    reported_by       uuid          not null,
    reported_by_name  varchar(100)  not null,
    unit_name         varchar(200)  not null,
    claim             varchar(16)   not null,
    percent           integer       not null,
    quantity          numeric(19, 4),
    narrative         varchar(2000) not null,
    milestone_id      uuid,
    review            varchar(16)   not null,
    reviewed_at       timestamp with time zone,
    reviewed_by_name  varchar(100),
    review_note       varchar(1000)
);
create index campaign_report_task_idx on campaign_report (task_id, reported_at);

create table campaign_evidence (
    report_id  uuid         not null references campaign_report (id),
    seq        integer      not null,
    file_key   varchar(200) not null,
    file_type  varchar(8)   not null,
    size_bytes bigint       not null,
    sha256     varchar(64)  not null,
    name       varchar(200) not null,
    primary key (report_id, seq)
);

create table campaign_escalation (
    id                uuid primary key,
    task_id           uuid         not null references campaign_task (id),
    step              varchar(16)  not null,
    round             integer      not null,
    proposed_at       timestamp with time zone not null,
    confirmed_at      timestamp with time zone,
    confirmed_by      uuid,
    confirmed_by_name varchar(100),
    note              varchar(1000),
    declined_at       timestamp with time zone,
    declined_by       uuid,
    declined_by_name  varchar(100),
    constraint campaign_escalation_step_uk unique (task_id, step, round)
);

-- One value per bound metric, area and day, for the trend (the daily job writes it; a second run the same day
-- overwrites nothing)
create table campaign_metric_snapshot (
    metric_key   varchar(100)   not null,
    region_code  varchar(12)    not null,
    sectors      varchar(200)   not null,
    taken_on     date           not null,
    metric_value numeric(19, 4) not null,
    primary key (metric_key, region_code, sectors, taken_on)
);
