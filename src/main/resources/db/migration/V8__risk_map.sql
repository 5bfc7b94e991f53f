-- 风险四色图: site plans (厂区总平面图, 车间平面图…) uploaded per enterprise, and one polygon per analysis unit and
-- plan, drawn in image pixels. The colour is never stored: it is the unit's current level when the map is shown.

create table risk_site_plan (
    id            uuid primary key,
    enterprise_id uuid         not null,
    region_code   varchar(12)  not null,
    title         varchar(100) not null,
    file_key      varchar(100) not null,
    content_type  varchar(40)  not null,
    file_size     bigint       not null,
    sha256        varchar(64)  not null,
    width         int          not null,
    height        int          not null,
    uploaded_by   varchar(64)  not null,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint risk_site_plan_size_ck check (width > 0 and height > 0)
);
create index risk_site_plan_ent_idx on risk_site_plan (enterprise_id, created_at);

create table risk_map_polygon (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    plan_id       uuid          not null references risk_site_plan (id),
    -- a deleted unit takes its polygons with it
    unit_id       uuid          not null references risk_analysis_unit (id) on delete cascade,
    -- "x,y x,y …" in image pixels, 3 to 200 points
    points        varchar(4000) not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint risk_map_polygon_unit_uk unique (plan_id, unit_id)
);
create index risk_map_polygon_unit_idx on risk_map_polygon (unit_id);
