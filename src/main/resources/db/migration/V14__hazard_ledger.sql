-- Read side of the hazard ledger (major-hazard database, 台账 export) and the 16号令 statistics sign-off.

-- Administrators (no region range) page the whole ledger newest first: walk this index backwards.
create index hazard_found_id_idx on hazard_hazard (found_on, id);
-- Enterprise users, the per-enterprise period statistics and the probable-duplicate probe (same enterprise, open,
-- same unit) all start from the enterprise.
create index hazard_enterprise_found_idx on hazard_hazard (enterprise_id, found_on);
create index hazard_enterprise_unit_idx on hazard_hazard (enterprise_id, unit_id);
-- Officials: region range first, then state (open/closed filters and the stock/increment summary).
create index hazard_region_state_idx on hazard_hazard (region_code, state, found_on);

-- The principal's signature on one period's 隐患排查治理统计分析表. Each signing is a row; the newest row of an
-- enterprise and period is the current signature (a re-signing after the figures changed adds a row).
create table hazard_statistics_signoff (
    id              uuid primary key,
    enterprise_id   uuid         not null,
    -- Q = quarter, Y = year
    period_kind     varchar(1)   not null,
    period_year     integer      not null,
    -- 1..4 for quarters, 0 for the year
    period_quarter  integer      not null,
    signed_by       uuid         not null,
    signed_by_name  varchar(100) not null,
    signed_at       timestamp with time zone not null,
    -- Asia/Shanghai date of signed_at, compared with the due date
    signed_on       date         not null,
    hash_algorithm  varchar(16)  not null,
    figures_hash    varchar(128) not null,
    figures         varchar(8000) not null,
    constraint hazard_signoff_kind_ck check (period_kind in ('Q', 'Y')),
    constraint hazard_signoff_quarter_ck check ((period_kind = 'Q' and period_quarter between 1 and 4)
        or (period_kind = 'Y' and period_quarter = 0))
);
create index hazard_signoff_period_idx on hazard_statistics_signoff (period_year, period_quarter, enterprise_id);
create index hazard_signoff_enterprise_idx on hazard_statistics_signoff (enterprise_id, period_year, period_quarter);
