-- Leaders' duties (issue 15, item 5): 领导包联 and 三三查. A party or government leader of the plan's jurisdiction is
-- paired with an enterprise and owes a number of checks per month or quarter; each check is a 监管检查 of the
-- inspection engine (its findings become hazards there), linked here as a visit.

create table campaign_duty (
    id               uuid primary key,
    plan_id          uuid          not null references campaign_plan (id),
    -- the campaign task the duty serves (e.g. 三三查 under 重大事故隐患动态清零, 包联 under 党政领导干部履职)
    task_id          uuid          not null references campaign_task (id),
    kind             varchar(16)   not null,
    leader_user_id   uuid          not null,
    leader_name      varchar(100)  not null,
    -- the leader's post: 党委书记, 镇长, 分管副镇长…
    leader_post      varchar(50)   not null,
    enterprise_id    uuid          not null,
    enterprise_name  varchar(200)  not null,
    -- the enterprise's region when paired: the metric's area
    region_code      varchar(12)   not null,
    frequency        varchar(16)   not null,
    visits_required  integer       not null,
    start_date       date          not null,
    end_date         date          not null,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint campaign_duty_uk unique (plan_id, kind, leader_user_id, enterprise_id)
);

create index campaign_duty_plan_ix on campaign_duty (plan_id);
create index campaign_duty_region_ix on campaign_duty (region_code);

create table campaign_duty_visit (
    id                 uuid primary key,
    duty_id            uuid          not null references campaign_duty (id),
    -- the 监管检查 task in the inspection engine
    inspection_task_id uuid          not null,
    window_from        date          not null,
    window_to          date          not null,
    -- set when the leader submits the check's record (InspectionRecorded)
    record_id          uuid,
    recorded_on        date,
    findings           integer,
    created_at         timestamp with time zone not null,
    constraint campaign_duty_visit_task_uk unique (inspection_task_id)
);

create index campaign_duty_visit_duty_ix on campaign_duty_visit (duty_id, recorded_on);
