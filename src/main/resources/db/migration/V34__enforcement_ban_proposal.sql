-- Lifetime-ban proposals from accidents (issue 14 item 5): when an official confirms the 黑名单 entry of a 重大 or
-- 特别重大 accident of an enterprise, its 主要负责人 and 实际控制人 are proposed for the lifetime-ban register
-- (安全生产法 第九十四条; seeds 000, 003); enforcement's officials decide through a case. One row per accident and role.
create table enforcement_ban_proposal (
    id               uuid primary key,
    enterprise_id    uuid          not null,
    region_code      varchar(12)   not null,
    sectors          varchar(200)  not null,
    enterprise_name  varchar(200)  not null,
    person_name      varchar(100)  not null,
    person_role      varchar(24)   not null,
    accident_id      uuid          not null,
    accident_grade   varchar(16)   not null,
    reason           varchar(2000) not null,
    proposed_on      date          not null,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint enforcement_ban_proposal_uq unique (accident_id, person_role)
);
create index enforcement_ban_proposal_region_idx on enforcement_ban_proposal (region_code);
