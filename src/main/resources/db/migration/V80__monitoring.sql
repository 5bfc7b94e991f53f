-- Monitoring and early warning (issue 18): monitoring points, their live state, the enterprises that must be
-- monitored, rejected readings counted per point, and alarms. Readings and roll-ups: V81 (Java, partitioned on PG).

-- A monitoring point of an enterprise, on one risk analysis unit (major hazard source or not: copied from the risk
-- module when the point is saved). Thresholds are optional each; ordered low_low < low < high < high_high.
create table monitoring_point (
    id              uuid primary key,
    enterprise_id   uuid           not null,
    region_code     varchar(12)    not null,
    sectors         varchar(200)   not null,
    code            varchar(64)    not null,
    name            varchar(100)   not null,
    unit_id         uuid           not null,
    unit_name       varchar(200)   not null,
    major_source    boolean        not null,
    quantity        varchar(24)    not null,
    measure_unit    varchar(16)    not null,
    range_low       numeric(19, 4) not null,
    range_high      numeric(19, 4) not null,
    low_low         numeric(19, 4),
    low             numeric(19, 4),
    high            numeric(19, 4),
    high_high       numeric(19, 4),
    dead_band       numeric(19, 4) not null,
    interval_seconds integer       not null,
    active          boolean        not null,
    version         bigint         not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint monitoring_point_code_uk unique (enterprise_id, code)
);
create index monitoring_point_region_idx on monitoring_point (region_code);

-- The live state of a point, written by ingestion and the offline job only (never by a user, so no version):
-- the newest reading, the band it is in (NORMAL or an alarm level) and whether the point is silent.
create table monitoring_point_state (
    point_id        uuid primary key references monitoring_point (id),
    last_ts         timestamp with time zone,
    last_value      double precision,
    band            varchar(16)    not null,
    offline         boolean        not null,
    accepted        bigint         not null,
    rejected        bigint         not null
);

-- Readings refused, counted per enterprise, point code (known or not) and reason, with the last detail.
create table monitoring_rejection (
    enterprise_id   uuid           not null,
    point_code      varchar(64)    not null,
    reason          varchar(16)    not null,
    n               bigint         not null,
    last_at         timestamp with time zone not null,
    last_detail     varchar(300)   not null,
    constraint monitoring_rejection_pk primary key (enterprise_id, point_code, reason)
);

-- Enterprises that must be monitored (seed 003: 危化品重大危险源, 煤矿, 钢铁, 铝加工(深井铸造), 重点粉尘涉爆).
-- The registry's sectors are too coarse to tell these kinds apart, so officials (or the enterprise) record them here.
create table monitoring_duty (
    id              uuid primary key,
    enterprise_id   uuid           not null,
    region_code     varchar(12)    not null,
    sectors         varchar(200)   not null,
    kind            varchar(24)    not null,
    version         bigint         not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint monitoring_duty_uk unique (enterprise_id, kind)
);
create index monitoring_duty_region_idx on monitoring_duty (region_code);

-- An alarm: a threshold excursion (level 低低报..高高报, the most severe reached) or a silent point (离线);
-- 报警 → 确认 → 处置 → 关闭 with who and when; at most one open alarm per point and kind.
create table monitoring_alarm (
    id              uuid primary key,
    enterprise_id   uuid           not null,
    region_code     varchar(12)    not null,
    sectors         varchar(200)   not null,
    point_id        uuid           not null references monitoring_point (id),
    point_code      varchar(64)    not null,
    point_name      varchar(100)   not null,
    major_source    boolean        not null,
    kind            varchar(16)    not null,
    level           varchar(16)    not null,
    state           varchar(16)    not null,
    open_key        uuid,
    first_value     double precision,
    peak_value      double precision,
    raised_at       timestamp with time zone not null,
    cleared_at      timestamp with time zone,
    acknowledged_by varchar(100),
    acknowledged_at timestamp with time zone,
    handled_by      varchar(100),
    handled_at      timestamp with time zone,
    measures        varchar(2000),
    closed_by       varchar(100),
    closed_at       timestamp with time zone,
    escalated_at    timestamp with time zone,
    hazard_id       uuid,
    version         bigint         not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    -- open_key is the point id while the alarm is open (null once closed): one open alarm per point and kind
    constraint monitoring_alarm_open_uk unique (open_key, kind)
);
create index monitoring_alarm_enterprise_idx on monitoring_alarm (enterprise_id, raised_at);
create index monitoring_alarm_region_idx on monitoring_alarm (region_code, raised_at);
create index monitoring_alarm_point_idx on monitoring_alarm (point_id, raised_at);
