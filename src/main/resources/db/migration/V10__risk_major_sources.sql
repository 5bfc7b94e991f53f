-- GB 18218 major hazard sources per analysis unit (inventory, stored S/R/α/level, 包保 holders),
-- risk pre-judgments (车间日 / 企业周 / 县级月 / 市级季) and the graded early warnings they raise.

create table risk_major_hazard_source (
    id                   uuid primary key,
    enterprise_id        uuid         not null,
    region_code          varchar(12)  not null,
    unit_id              uuid         not null references risk_analysis_unit (id) on delete cascade,
    outside_population   integer      not null,
    -- stored result of the calculator, recomputed on every change of the inventory or the population
    sum_s                numeric(19, 4) not null,
    r_value              numeric(19, 4) not null,
    alpha                numeric(9, 4)  not null,
    major                boolean      not null,
    hazard_level         varchar(8),
    -- the enterprise declares/confirms the unit as a major hazard source (needs all three holders)
    declared             boolean      not null,
    principal_name       varchar(50),
    principal_position   varchar(50),
    principal_phone      varchar(32),
    technical_name       varchar(50),
    technical_position   varchar(50),
    technical_phone      varchar(32),
    operation_name       varchar(50),
    operation_position   varchar(50),
    operation_phone      varchar(32),
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint risk_major_hazard_source_unit_uk unique (unit_id),
    constraint risk_major_hazard_source_pop_ck check (outside_population >= 0)
);
create index risk_major_hazard_source_ent_idx on risk_major_hazard_source (enterprise_id);
create index risk_major_hazard_source_region_idx on risk_major_hazard_source (region_code);

create table risk_major_hazard_substance (
    source_id       uuid          not null references risk_major_hazard_source (id) on delete cascade,
    position        integer       not null,
    name            varchar(100),
    category        varchar(16),
    quantity_tonnes numeric(19, 4) not null,
    primary key (source_id, position),
    constraint risk_major_hazard_substance_q_ck check (quantity_tonnes >= 0)
);

create table risk_prejudgment (
    id            uuid primary key,
    kind          varchar(24)  not null,
    -- enterprise id, or enterprise id + '/' + workshop, or official region prefix + '/' + sector
    subject_key   varchar(200) not null,
    subject_name  varchar(200) not null,
    enterprise_id uuid,
    region_code   varchar(12)  not null,
    sectors       varchar(200),
    workshop      varchar(100),
    period        varchar(10)  not null,
    period_start  date         not null,
    conditions    varchar(2000) not null,
    level         varchar(8)   not null,
    measures      varchar(2000) not null,
    judged_by     varchar(64)  not null,
    judged_by_name varchar(100) not null,
    judged_at     timestamp with time zone not null,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    constraint risk_prejudgment_period_uk unique (kind, subject_key, period)
);
create index risk_prejudgment_ent_idx on risk_prejudgment (enterprise_id, kind, period_start);
create index risk_prejudgment_region_idx on risk_prejudgment (region_code, period_start);

create table risk_early_warning (
    id               uuid primary key,
    prejudgment_id   uuid         not null references risk_prejudgment (id),
    kind             varchar(24)  not null,
    subject_name     varchar(200) not null,
    enterprise_id    uuid,
    region_code      varchar(12)  not null,
    sectors          varchar(200),
    period           varchar(10)  not null,
    level            varchar(8)   not null,
    color            varchar(8)   not null,
    raised_at        timestamp with time zone not null,
    acknowledged_by  varchar(64),
    acknowledged_at  timestamp with time zone,
    version          bigint       not null,
    constraint risk_early_warning_judgment_uk unique (prejudgment_id)
);
create index risk_early_warning_region_idx on risk_early_warning (region_code, raised_at);
create index risk_early_warning_ent_idx on risk_early_warning (enterprise_id, raised_at);
