-- Emergency drills (module training): kind 综合/专项/现场处置方案/疏散逃生/桌面, area type 办公/生产/生活.
create table training_drill (
    id               uuid primary key,
    enterprise_id    uuid          not null,
    region_code      varchar(12)   not null,
    sectors          varchar(200)  not null,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    high_risk        boolean       not null,
    kind             varchar(16)   not null,
    area_type        varchar(16)   not null,
    held_on          date          not null,
    scenario         varchar(500)  not null,
    participants     varchar(1000) not null,
    participant_count integer      not null,
    photo_keys       varchar(2000) not null,
    shortfalls       varchar(1000) not null,
    improvements     varchar(1000) not null
);
create index training_drill_enterprise on training_drill (enterprise_id, held_on);
