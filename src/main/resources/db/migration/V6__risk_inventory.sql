-- Risk inventory (DOMAIN.md §2): analysis object → analysis unit → risk event → control measure, and the
-- append-only assessment history. Every row carries its enterprise and the enterprise's 12-digit region code
-- (copied at creation) for scope filters and a later distribution by region prefix.

create table risk_analysis_object (
    id                  uuid primary key,
    enterprise_id       uuid         not null,
    region_code         varchar(12)  not null,
    kind                varchar(16)  not null,
    name                varchar(100) not null,
    major_hazard_source boolean      not null,
    hazard_source_code  varchar(64),
    version             bigint       not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint risk_analysis_object_code_ck check (major_hazard_source or hazard_source_code is null)
);
create index risk_analysis_object_ent_idx on risk_analysis_object (enterprise_id, created_at);
create index risk_analysis_object_region_idx on risk_analysis_object (region_code);

create table risk_analysis_unit (
    id                     uuid primary key,
    enterprise_id          uuid         not null,
    region_code            varchar(12)  not null,
    object_id              uuid         not null references risk_analysis_object (id),
    name                   varchar(100) not null,
    responsible_department varchar(100),
    responsible_person     varchar(50)  not null,
    control_level          varchar(16)  not null,
    last_assessed_at       timestamp with time zone,
    -- a year after the last assessment of any of its events, or earlier when brought forward
    reassessment_due       date,
    reassessment_reason    varchar(500),
    version                bigint       not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);
create index risk_analysis_unit_object_idx on risk_analysis_unit (object_id);
create index risk_analysis_unit_ent_due_idx on risk_analysis_unit (enterprise_id, reassessment_due);
create index risk_analysis_unit_region_due_idx on risk_analysis_unit (region_code, reassessment_due);

create table risk_event (
    id                 uuid primary key,
    enterprise_id      uuid         not null,
    region_code        varchar(12)  not null,
    unit_id            uuid         not null references risk_analysis_unit (id),
    description        varchar(500) not null,
    -- GB/T 13861-2022 code, digits only
    hazard_factor_code varchar(8)   not null,
    -- GB 6441 categories, comma-separated enum names
    accident_types     varchar(400) not null,
    inherent_level     varchar(8),
    residual_level     varchar(8),
    last_assessed_at   timestamp with time zone,
    version            bigint       not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create index risk_event_unit_idx on risk_event (unit_id);
create index risk_event_ent_idx on risk_event (enterprise_id);
create index risk_event_region_idx on risk_event (region_code);

create table risk_control_measure (
    id                 uuid primary key,
    enterprise_id      uuid         not null,
    region_code        varchar(12)  not null,
    event_id           uuid         not null references risk_event (id),
    description        varchar(500) not null,
    classify1          varchar(16)  not null,
    classify2          varchar(50),
    responsible_person varchar(50),
    check_cycle        int          not null,
    check_cycle_unit   varchar(8)   not null,
    version            bigint       not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint risk_control_measure_cycle_ck check (check_cycle > 0)
);
create index risk_control_measure_event_idx on risk_control_measure (event_id);
create index risk_control_measure_ent_idx on risk_control_measure (enterprise_id);
create index risk_control_measure_region_idx on risk_control_measure (region_code);

-- Append-only: rows are inserted, never updated or deleted (so no version or updated_at).
create table risk_assessment (
    id               uuid primary key,
    enterprise_id    uuid         not null,
    region_code      varchar(12)  not null,
    event_id         uuid         not null references risk_event (id),
    kind             varchar(16)  not null,
    method           varchar(8)   not null,
    factor_l         numeric(6, 2),
    factor_e         numeric(6, 2),
    factor_c         numeric(6, 2),
    factor_s         numeric(6, 2),
    factor_m         numeric(6, 2),
    score            numeric(14, 4),
    level            varchar(8)   not null,
    band             varchar(32),
    direct_basis     varchar(40),
    direct_criterion varchar(500),
    assessed_by      varchar(64)  not null,
    assessor_name    varchar(100) not null,
    assessed_at      timestamp with time zone not null
);
create index risk_assessment_event_idx on risk_assessment (event_id, assessed_at);
create index risk_assessment_ent_idx on risk_assessment (enterprise_id);
create index risk_assessment_region_idx on risk_assessment (region_code);
