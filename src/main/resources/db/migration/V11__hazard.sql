-- Hazard ledger. Region code and sectors are copied from the enterprise when the hazard is reported, so scope filters
-- and statistics need no join across modules (and the table can be distributed by region prefix).
create table hazard_hazard (
    id                   uuid primary key,
    enterprise_id        uuid          not null,
    enterprise_name      varchar(200)  not null,
    region_code          varchar(12)   not null,
    -- comma-separated sector codes with leading and trailing commas: ,03,04,
    sectors              varchar(200)  not null,
    source               varchar(24)   not null,
    level                varchar(8)    not null,
    state                varchar(24)   not null,
    type                 varchar(16)   not null,
    manage_type          varchar(16),
    factor_code          varchar(8),
    accident_type        varchar(32),
    description          varchar(2000) not null,
    cause                varchar(2000),
    location             varchar(200),
    unit_id              uuid,
    measure_id           uuid,
    inspection_record_id uuid,
    found_at             timestamp with time zone not null,
    -- Asia/Shanghai date of found_at; the stock/increment split and period statistics use it
    found_on             date          not null,
    reported_by          uuid          not null,
    reported_by_name     varchar(100)  not null,
    confirmed_at         timestamp with time zone,
    responsible_user_id  uuid,
    responsible_name     varchar(100),
    deadline             date,
    measures             varchar(2000),
    funds                numeric(19, 2),
    contingency          varchar(2000),
    cost                 numeric(19, 2),
    rectified_at         timestamp with time zone,
    closed_at            timestamp with time zone,
    closed_on            date,
    overdue              boolean       not null,
    supervised           boolean       not null,
    version              bigint        not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);
create index hazard_region_found_idx on hazard_hazard (region_code, found_on);
create index hazard_enterprise_state_idx on hazard_hazard (enterprise_id, state);
create index hazard_state_deadline_idx on hazard_hazard (state, deadline);
create index hazard_inspection_record_idx on hazard_hazard (inspection_record_id);
