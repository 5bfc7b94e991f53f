-- 零事故 creation (seed 004): campaigns per issuing government, their yearly targets and reporting calendar, the
-- roster of 创建单位 (registry units and villages/communities of the region tree, each once), unit-years with the
-- one-vote veto and the 认定 checklist, 附表2 contacts and the signed submissions to the city office.
create table accident_zero_campaign (
    id             uuid primary key,
    region_code    varchar(12)  not null,
    issuer         varchar(200) not null,
    title          varchar(200) not null,
    document_no    varchar(100),
    base_date      date         not null,
    definition     varchar(24)  not null,
    first_year     integer      not null,
    last_year      integer      not null,
    version        bigint       not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index accident_zero_campaign_region_idx on accident_zero_campaign (region_code);

-- target percent per year and group (VILLAGE: 村(社区); UNIT: 企事业单位), "达到" and "以上" both include the bound
create table accident_zero_target (
    campaign_id  uuid         not null references accident_zero_campaign (id),
    target_year  integer      not null,
    unit_group   varchar(16)  not null,
    percent      numeric(5, 2) not null,
    primary key (campaign_id, target_year, unit_group)
);

create table accident_zero_deadline (
    campaign_id  uuid         not null references accident_zero_campaign (id),
    code         varchar(32)  not null,
    kind         varchar(16)  not null,
    title        varchar(200) not null,
    due_date     date         not null,
    primary key (campaign_id, code)
);

-- one row per 创建单位 and campaign: a registry unit (enterprise_id) or a village/community (enterprise_id null,
-- region_code the village's code); unit_key is the enterprise id or R:<village code>
create table accident_zero_unit (
    id            uuid primary key,
    campaign_id   uuid         not null references accident_zero_campaign (id),
    unit_key      varchar(64)  not null,
    enterprise_id uuid,
    region_code   varchar(12)  not null,
    county_code   varchar(12)  not null,
    sectors       varchar(200) not null,
    unit_type     varchar(16)  not null,
    name          varchar(200) not null,
    city_direct   boolean      not null,
    since         date         not null,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint accident_zero_unit_key_uq unique (campaign_id, unit_key)
);
create index accident_zero_unit_county_idx on accident_zero_unit (campaign_id, county_code, unit_type);
create index accident_zero_unit_enterprise_idx on accident_zero_unit (enterprise_id);
create index accident_zero_unit_region_idx on accident_zero_unit (region_code);

create table accident_zero_unit_year (
    id               uuid primary key,
    campaign_id      uuid         not null references accident_zero_campaign (id),
    unit_id          uuid         not null references accident_zero_unit (id),
    unit_year        integer      not null,
    enterprise_id    uuid,
    region_code      varchar(12)  not null,
    sectors          varchar(200) not null,
    state            varchar(16)  not null,
    veto_accident_id uuid,
    vetoed_at        timestamp with time zone,
    veto_reason      varchar(300),
    decided_by       uuid,
    decided_by_name  varchar(100),
    decided_at       timestamp with time zone,
    decision_note    varchar(2000),
    version          bigint       not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint accident_zero_unit_year_uq unique (unit_id, unit_year)
);
create index accident_zero_unit_year_campaign_idx on accident_zero_unit_year (campaign_id, unit_year, state);

-- the creation standard of seed 004 §五, as data: the 认定 checklist
create table accident_zero_standard_item (
    code      varchar(8)    primary key,
    section   varchar(50)   not null,
    text      varchar(2000) not null,
    seq       integer       not null
);
insert into accident_zero_standard_item (code, section, text, seq) values
('1.1', '组织领导保障有力', '党组织坚强有力,战斗堡垒作用发挥明显', 1),
('1.2', '组织领导保障有力', '领导责任制落实,主要负责人(法定代表人)是“零事故”创建工作第一责任人,分管领导是直接责任人,其他班子成员承担分管职责内的责任', 2),
('1.3', '组织领导保障有力', '基层安监站、企事业安全管理机构等健全并运转良好', 3),
('2.1', '安全防范体系严密', '防范力量配齐配强,配备专(兼)职安全员,重要部位配备专职安全人员', 4),
('2.2', '安全防范体系严密', '群防群治工作扎实,网格员和安全员定期巡查,群众职工开展风险隐患联防联治联控,安全生产秩序良好', 5),
('2.3', '安全防范体系严密', '重点场所、要害部位、人员密集区域视频监控、报警器、硬质隔离、消防设施、灭火器材等技防物防设施配备齐全,互联互通', 6),
('3.1', '安全隐患整治有效', '对安全风险全面排查、辨识、分级、建档、标识和管控,隐患底数清、情况明', 7),
('3.2', '安全隐患整治有效', '危险化学品、民爆物品、放射性物品、管制器具等重点物品规范管理、使用', 8),
('3.3', '安全隐患整治有效', '隐患整治任务落实,道路交通、消防、生态环境、生产安全等工作到位,当年无各类安全事故', 9),
('3.4', '安全隐患整治有效', '应急处置机制健全,应急预案完善,险情事故能快速响应、有效应对', 10);

create table accident_zero_check (
    unit_year_id  uuid          not null references accident_zero_unit_year (id),
    item_code     varchar(8)    not null,
    passed        boolean       not null,
    note          varchar(500),
    primary key (unit_year_id, item_code)
);

-- 附表2: 分管负责人 and 具体责任人 of each county / development zone (org_kind REGION) and lead department
create table accident_zero_contact (
    id           uuid primary key,
    campaign_id  uuid         not null references accident_zero_campaign (id),
    org_kind     varchar(16)  not null,
    org_code     varchar(64)  not null,
    org_name     varchar(200) not null,
    duty         varchar(16)  not null,
    person_name  varchar(100) not null,
    position     varchar(100) not null,
    phone        varchar(32)  not null,
    version      bigint       not null,
    updated_at   timestamp with time zone not null,
    constraint accident_zero_contact_uq unique (campaign_id, org_kind, org_code, duty)
);

-- what a county or lead department sent to the city office for a calendar date: the SHA-256 of the content signed
create table accident_zero_submission (
    id              uuid primary key,
    campaign_id     uuid          not null references accident_zero_campaign (id),
    deadline_code   varchar(32)   not null,
    org_kind        varchar(16)   not null,
    org_code        varchar(64)   not null,
    org_name        varchar(200)  not null,
    submitted_by    uuid          not null,
    submitted_by_name varchar(100) not null,
    submitted_at    timestamp with time zone not null,
    due_date        date          not null,
    late            boolean       not null,
    hash_algorithm  varchar(16)   not null,
    content_hash    varchar(64)   not null,
    content         varchar(20000) not null
);
create index accident_zero_submission_idx on accident_zero_submission (campaign_id, deadline_code, org_code);
