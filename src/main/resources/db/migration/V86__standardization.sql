-- 安全生产标准化 grading (企业安全生产标准化建设定级办法): 自评 → 申请 → 受理 → 评审 (an expert drawn from the pool)
-- → 审核 → 公告/证书 (valid 3 years) or 撤销/过期; a major hazard or an accident while it is valid flags it for review.
create table standardization_grading (
    id                 uuid primary key,
    enterprise_id      uuid          not null,
    region_code        varchar(12)   not null,
    sectors            varchar(200)  not null,
    enterprise_name    varchar(200)  not null,
    level              varchar(16)   not null,
    state              varchar(16)   not null,
    -- the self-assessment: element code=score, one a line, and its total
    self_scores        varchar(2000) not null,
    self_score         integer       not null,
    applied_at         timestamp with time zone,
    accepted_at        timestamp with time zone,
    review_assignment_id uuid,
    review_score       integer,
    review_opinion     varchar(2000),
    reviewed_at        timestamp with time zone,
    approved_at        timestamp with time zone,
    announced_at       timestamp with time zone,
    certificate_no     varchar(40),
    valid_from         date,
    valid_until        date,
    closed_reason      varchar(2000),
    closed_at          timestamp with time zone,
    review_flagged     boolean       not null,
    flag_reason        varchar(2000),
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create index standardization_grading_enterprise_idx on standardization_grading (enterprise_id);
create index standardization_grading_region_idx on standardization_grading (region_code);
create index standardization_grading_valid_idx on standardization_grading (state, valid_until);

-- The self-assessment checklist as data: the eight elements of GB/T 33000-2016 with default maximum scores (total
-- 100); sector bodies publish their own weights, which administrators enter here.
create table standardization_element (
    code       varchar(16)  primary key,
    name       varchar(100) not null,
    max_score  integer      not null,
    sort_order integer      not null
);
insert into standardization_element (code, name, max_score, sort_order) values
    ('E1', '目标职责', 15, 1),
    ('E2', '制度化管理', 10, 2),
    ('E3', '教育培训', 10, 3),
    ('E4', '现场管理', 25, 4),
    ('E5', '安全风险管控及隐患排查治理', 20, 5),
    ('E6', '应急管理', 10, 6),
    ('E7', '事故管理', 5, 7),
    ('E8', '持续改进', 5, 8);

-- Incentives of a valid grade (seeds 002, 003) as data, shown with the grade and read by the modules that apply them.
create table standardization_incentive (
    code        varchar(32)   primary key,
    name        varchar(100)  not null,
    description varchar(500)  not null,
    min_level   varchar(16)   not null,
    sort_order  integer       not null
);
insert into standardization_incentive (code, name, description, min_level, sort_order) values
    ('FEWER_INSPECTIONS', '减少检查频次', '双随机抽查中抽查比例下调(一级、二级企业)', 'GRADE_2', 1),
    ('RESUMPTION_PRIORITY', '复产验收优先', '停产整顿后复产验收优先安排', 'GRADE_3', 2),
    ('INSURANCE_RATE', '优化保险费率', '安全生产责任保险和工伤保险费率优惠', 'GRADE_3', 3),
    ('CREDIT_RATING', '信贷信用等级评定', '作为信贷信用等级评定的参考', 'GRADE_3', 4);
