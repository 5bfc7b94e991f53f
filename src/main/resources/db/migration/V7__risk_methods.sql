-- Risk assessment methods (DOMAIN.md §3) and GB 18218-2018 major hazard figures (DOMAIN.md §4), editable by an
-- administrator on /admin/risk-methods. Rows are seeded with the DOMAIN defaults.

-- One row per editable table; an edit must name the version it was based on (optimistic locking), and the sum of
-- the versions tells every node when its cached copy is stale.
create table risk_table_version (
    table_key varchar(32) primary key,
    version   bigint      not null
);
insert into risk_table_version (table_key, version) values
    ('LEC', 0), ('LS', 0), ('MES', 0), ('GB18218_CATEGORY', 0), ('GB18218_SUBSTANCE', 0), ('GB18218_ALPHA', 0);

-- The values a factor may take, e.g. LEC's L = 10 完全可以预料
create table risk_factor_value (
    method       varchar(8)    not null,
    factor       varchar(8)    not null,
    factor_value numeric(14,4) not null,
    meaning      varchar(100)  not null,
    sort_order   int           not null,
    primary key (method, factor, factor_value)
);

-- Grade bands read from the most severe down: a band applies when the product is above its lower bound (or equal,
-- when inclusive); the last band has no bound and takes everything left.
create table risk_grade_band (
    method          varchar(8)    not null,
    sort_order      int           not null,
    lower_bound     numeric(14,4),
    lower_inclusive boolean       not null,
    risk_level      varchar(16)   not null,
    description     varchar(100)  not null,
    primary key (method, sort_order)
);

insert into risk_factor_value (method, factor, factor_value, meaning, sort_order) values
    ('LEC', 'l', 10,  '完全可以预料', 1),
    ('LEC', 'l', 6,   '相当可能', 2),
    ('LEC', 'l', 3,   '可能,但不经常', 3),
    ('LEC', 'l', 1,   '可能性小,完全意外', 4),
    ('LEC', 'l', 0.5, '很不可能,可以设想', 5),
    ('LEC', 'l', 0.2, '极不可能', 6),
    ('LEC', 'l', 0.1, '实际不可能', 7),
    ('LEC', 'e', 10,  '连续暴露', 1),
    ('LEC', 'e', 6,   '每天工作时间内暴露', 2),
    ('LEC', 'e', 3,   '每周一次或偶然暴露', 3),
    ('LEC', 'e', 2,   '每月一次', 4),
    ('LEC', 'e', 1,   '每年几次', 5),
    ('LEC', 'e', 0.5, '非常罕见', 6),
    ('LEC', 'c', 100, '大灾难,许多人死亡', 1),
    ('LEC', 'c', 40,  '灾难,数人死亡', 2),
    ('LEC', 'c', 15,  '非常严重,一人死亡', 3),
    ('LEC', 'c', 7,   '严重,重伤', 4),
    ('LEC', 'c', 3,   '重大,致残', 5),
    ('LEC', 'c', 1,   '引人注目,需要救护', 6),
    -- LS: DOMAIN fixes the 1-5 scale but not the wording; these meanings are editable
    ('LS', 'l', 5, '极有可能发生', 1),
    ('LS', 'l', 4, '很可能发生', 2),
    ('LS', 'l', 3, '可能发生', 3),
    ('LS', 'l', 2, '较不可能发生', 4),
    ('LS', 'l', 1, '基本不可能发生', 5),
    ('LS', 's', 5, '后果特别严重', 1),
    ('LS', 's', 4, '后果严重', 2),
    ('LS', 's', 3, '后果较严重', 3),
    ('LS', 's', 2, '后果一般', 4),
    ('LS', 's', 1, '后果轻微', 5),
    ('MES', 'm', 5,   '无控制措施', 1),
    ('MES', 'm', 3,   '有减轻后果的应急措施', 2),
    ('MES', 'm', 1,   '有预防措施', 3),
    ('MES', 'e', 10,  '连续暴露', 1),
    ('MES', 'e', 6,   '每天工作时间内暴露', 2),
    ('MES', 'e', 3,   '每周一次或偶然暴露', 3),
    ('MES', 'e', 2,   '每月一次', 4),
    ('MES', 'e', 1,   '每年几次', 5),
    ('MES', 'e', 0.5, '非常罕见', 6),
    ('MES', 's', 10,  '多人死亡', 1),
    ('MES', 's', 8,   '一人死亡', 2),
    ('MES', 's', 4,   '永久失能', 3),
    ('MES', 's', 2,   '需医院治疗', 4),
    ('MES', 's', 1,   '轻微', 5);

insert into risk_grade_band (method, sort_order, lower_bound, lower_inclusive, risk_level, description) values
    -- D > 320 · 160 < D ≤ 320 · 70 < D ≤ 160 · 20 < D ≤ 70 · D ≤ 20
    ('LEC', 1, 320,  false, 'MAJOR',   '极其危险'),
    ('LEC', 2, 160,  false, 'LARGE',   '高度危险'),
    ('LEC', 3, 70,   false, 'GENERAL', '显著危险'),
    ('LEC', 4, 20,   false, 'LOW',     '一般危险'),
    ('LEC', 5, null, false, 'LOW',     '稍有危险'),
    -- 20–25 · 15–16 · 9–12 · 1–8
    ('LS', 1, 20,   true,  'MAJOR',   '重大风险'),
    ('LS', 2, 15,   true,  'LARGE',   '较大风险'),
    ('LS', 3, 9,    true,  'GENERAL', '一般风险'),
    ('LS', 4, null, false, 'LOW',     '低风险'),
    -- R > 180 · 90 < R ≤ 180 · 48 < R ≤ 90 · R ≤ 48
    ('MES', 1, 180,  false, 'MAJOR',   '重大风险'),
    ('MES', 2, 90,   false, 'LARGE',   '较大风险'),
    ('MES', 3, 48,   false, 'GENERAL', '一般风险'),
    ('MES', 4, null, false, 'LOW',     '低风险');

-- GB 18218-2018: hazard categories with their threshold quantity Q (t) and correction factor β
create table risk_hazard_category (
    code        varchar(16)   primary key,
    description varchar(200),
    q_tonnes    numeric(14,4) not null,
    beta        numeric(14,4) not null,
    sort_order  int           not null
);

-- Named substances: Q and β only where the standard names them; a missing one comes from the category, which the
-- user must then give when the substance has none stored
create table risk_hazard_substance (
    name          varchar(50)   primary key,
    cas           varchar(16),
    category_code varchar(16)   references risk_hazard_category (code),
    q_tonnes      numeric(14,4),
    beta          numeric(14,4),
    sort_order    int           not null
);

-- α by the resident population within 500 m outside the boundary: the band with the highest minimum not above it
create table risk_alpha_band (
    min_population int           primary key,
    alpha          numeric(14,4) not null
);

insert into risk_hazard_category (code, description, q_tonnes, beta, sort_order) values
    ('J1',   '急性毒性 类别1,所有暴露途径,气体', 5, 4, 1),
    ('J2',   '急性毒性 类别1,所有暴露途径,固体、液体', 50, 1, 2),
    ('J3',   '急性毒性 类别2、类别3,所有暴露途径,气体', 50, 2, 3),
    ('J4',   '急性毒性 类别2、类别3,吸入途径,液体(沸点≤35℃)', 50, 2, 4),
    ('J5',   '急性毒性 类别2,所有暴露途径,液体(除J4外)、固体', 500, 1, 5),
    ('W1.1', '不稳定爆炸物', 1, 2, 6),
    ('W1.2', '1.1项爆炸物', 10, 2, 7),
    ('W1.3', '除1.1项外的其他爆炸物', 50, 2, 8),
    ('W2',   '易燃气体 类别1和类别2', 10, 1.5, 9),
    ('W3',   '气溶胶 类别1和类别2', 150, 1, 10),
    ('W4',   '氧化性气体 类别1', 50, 1, 11),
    ('W5.1', '易燃液体 类别1;类别2和3,工作温度高于沸点', 10, 1.5, 12),
    ('W5.2', '易燃液体 类别2和3,具有引发重大事故的特殊工艺条件', 50, 1, 13),
    ('W5.3', '易燃液体 不属于W5.1或W5.2的其他类别2', 1000, 1, 14),
    ('W5.4', '易燃液体 不属于W5.1或W5.2的其他类别3', 5000, 1, 15),
    ('W6.1', '自反应物质和混合物 A型和B型', 10, 1.5, 16),
    ('W6.2', '自反应物质和混合物 C型、D型、E型', 50, 1, 17),
    ('W7.1', '有机过氧化物 A型和B型', 10, 1.5, 18),
    ('W7.2', '有机过氧化物 C型、D型、E型、F型', 50, 1, 19),
    ('W8',   '自燃液体和自燃固体 类别1', 50, 1, 20),
    ('W9.1', '氧化性固体和液体 类别1', 50, 1, 21),
    ('W9.2', '氧化性固体和液体 类别2、类别3', 200, 1, 22),
    ('W10',  '易燃固体 类别1', 200, 1, 23),
    ('W11',  '遇水放出易燃气体的物质和混合物 类别1和类别2', 200, 1, 24);

insert into risk_hazard_substance (name, cas, category_code, q_tonnes, beta, sort_order) values
    ('氨',         '7664-41-7',  null, 10,   2,    1),
    ('氯',         '7782-50-5',  null, 5,    4,    2),
    ('硫化氢',     '7783-06-4',  null, 5,    5,    3),
    ('光气',       '75-44-5',    null, 0.3,  20,   4),
    ('碳酰氯',     '75-44-5',    null, 0.3,  20,   5),
    ('异氰酸甲酯', '624-83-9',   null, 0.75, 20,   6),
    ('甲烷',       '74-82-8',    'W2', 50,   null, 7),
    ('天然气',     '8006-14-2',  'W2', 50,   null, 8),
    ('一氧化碳',   '630-08-0',   null, null, 2,    9),
    ('二氧化硫',   '7446-09-5',  null, null, 2,    10),
    ('环氧乙烷',   '75-21-8',    null, null, 2,    11),
    ('氯化氢',     '7647-01-0',  null, null, 3,    12),
    ('溴甲烷',     '74-83-9',    null, null, 3,    13),
    ('氟化氢',     '7664-39-3',  null, null, 5,    14),
    ('二氧化氮',   '10102-44-0', null, null, 10,   15),
    ('氰化氢',     '74-90-8',    null, null, 10,   16),
    ('磷化氢',     '7803-51-2',  null, null, 20,   17);

insert into risk_alpha_band (min_population, alpha) values
    (100, 2.0), (50, 1.5), (30, 1.2), (1, 1.0), (0, 0.5);
