-- Root cause (溯源, seed 000's 五步工作法: 述情、析因、追责、明责、治源) of an accident or a major hazard, over
-- 人、机、环、管; the cause categories as data; the 一月一专题 / 一年一难题 an office picks from recurring causes.
create table accident_cause_category (
    code        varchar(8)   primary key,
    factor      varchar(16)  not null,
    name        varchar(100) not null,
    sort_order  integer      not null
);

insert into accident_cause_category (code, factor, name, sort_order) values
    ('P01', 'PERSON', '违章指挥、强令冒险作业', 11),
    ('P02', 'PERSON', '违章作业、违反操作规程', 12),
    ('P03', 'PERSON', '违反劳动纪律(脱岗、酒后作业等)', 13),
    ('P04', 'PERSON', '安全意识淡薄、应知应会不足', 14),
    ('P05', 'PERSON', '特种作业人员无证上岗', 15),
    ('M01', 'MACHINE', '设备设施缺陷或带病运行', 21),
    ('M02', 'MACHINE', '安全防护、联锁、报警装置缺失或失效', 22),
    ('M03', 'MACHINE', '个体防护用品缺失或不合格', 23),
    ('M04', 'MACHINE', '设备超期未检、未维护保养', 24),
    ('E01', 'ENVIRONMENT', '作业场所照明、通风、空间不良', 31),
    ('E02', 'ENVIRONMENT', '有毒有害、易燃易爆物质或有限空间', 32),
    ('E03', 'ENVIRONMENT', '自然环境与气象(暴雨、高温、地质等)', 33),
    ('E04', 'ENVIRONMENT', '安全警示标志、防护栏缺失', 34),
    ('G01', 'MANAGEMENT', '安全生产责任制不落实', 41),
    ('G02', 'MANAGEMENT', '规章制度、操作规程缺失或不执行', 42),
    ('G03', 'MANAGEMENT', '安全教育培训不到位', 43),
    ('G04', 'MANAGEMENT', '隐患排查治理不到位', 44),
    ('G05', 'MANAGEMENT', '危险作业审批、现场监护缺失', 45),
    ('G06', 'MANAGEMENT', '承包商、外包作业管理不到位', 46),
    ('G07', 'MANAGEMENT', '应急管理不到位', 47),
    ('G08', 'MANAGEMENT', '设计、工艺、变更管理不到位', 48);

-- one analysis per accident or major hazard; enterprise_id is null for an accident of a non-enterprise unit;
-- sector is the one sector the analysis counts under in the recurring-cause view
create table accident_root_cause (
    id             uuid primary key,
    subject_kind   varchar(16)   not null,
    subject_id     uuid          not null,
    subject_title  varchar(300)  not null,
    subject_date   date          not null,
    enterprise_id  uuid,
    region_code    varchar(12)   not null,
    sectors        varchar(200)  not null,
    sector         varchar(12)   not null,
    situation      varchar(4000) not null,
    duties         varchar(4000) not null,
    written_by     uuid          not null,
    written_by_name varchar(100) not null,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint accident_root_cause_subject_uq unique (subject_kind, subject_id)
);
create index accident_root_cause_region_idx on accident_root_cause (region_code);
create index accident_root_cause_enterprise_idx on accident_root_cause (enterprise_id);

-- 析因: each cause tagged with its factor (人 PERSON, 机 MACHINE, 环 ENVIRONMENT, 管 MANAGEMENT) and category
create table accident_root_cause_cause (
    analysis_id  uuid          not null references accident_root_cause (id),
    position     integer       not null,
    factor       varchar(16)   not null,
    category     varchar(8)    not null references accident_cause_category (code),
    description  varchar(1000) not null,
    primary key (analysis_id, position)
);
create index accident_root_cause_cause_category_idx on accident_root_cause_cause (category);

-- 追责: the responsible people and their role
create table accident_root_cause_person (
    analysis_id     uuid          not null references accident_root_cause (id),
    position        integer       not null,
    name            varchar(100)  not null,
    role            varchar(100)  not null,
    responsibility  varchar(1000) not null,
    primary key (analysis_id, position)
);

-- 治源: measures that remove the source, each with owner, due date and done state
create table accident_root_cause_measure (
    analysis_id  uuid          not null references accident_root_cause (id),
    position     integer       not null,
    measure      varchar(1000) not null,
    owner        varchar(100)  not null,
    due_date     date          not null,
    done         boolean       not null,
    done_on      date,
    primary key (analysis_id, position)
);

-- 一月一专题 (kind MONTHLY, period yyyy-MM) and 一年一难题 (kind YEARLY, period yyyy): one per office and period;
-- office_key is D:<department id>, R:<region code> or E:<enterprise id>
create table accident_root_cause_topic (
    id              uuid primary key,
    office_key      varchar(64)   not null,
    office_name     varchar(200)  not null,
    region_code     varchar(12)   not null,
    enterprise_id   uuid,
    kind            varchar(16)   not null,
    period          varchar(7)    not null,
    factor          varchar(16)   not null,
    category        varchar(8)    not null references accident_cause_category (code),
    cause_count     integer       not null,
    title           varchar(200)  not null,
    reason          varchar(2000) not null,
    picked_by       uuid          not null,
    picked_by_name  varchar(100)  not null,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint accident_root_cause_topic_uq unique (office_key, kind, period)
);
create index accident_root_cause_topic_region_idx on accident_root_cause_topic (region_code);
