-- 两单两卡 (DOMAIN.md S14): a position (岗位) of an enterprise with what its cards need that the inventory does not
-- hold (duties, operating and emergency steps); its risks come from the analysis units linked to it.
create table risk_position (
    id                uuid primary key,
    enterprise_id     uuid          not null,
    region_code       varchar(12)   not null,
    name              varchar(100)  not null,
    responsibilities  varchar(4000),
    operating_steps   varchar(4000),
    emergency_steps   varchar(4000),
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint risk_position_name_uk unique (enterprise_id, name)
);

create table risk_position_unit (
    position_id uuid not null references risk_position (id) on delete cascade,
    -- no foreign key: a unit deleted from the inventory simply drops out of the position's cards
    unit_id     uuid not null,
    primary key (position_id, unit_id)
);
create index risk_position_unit_unit_idx on risk_position_unit (unit_id);
