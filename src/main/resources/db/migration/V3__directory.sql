-- Regions on 12-digit statistical division codes (2 province · 2 city · 2 county · 3 town · 3 village)
create table directory_region (
    code        varchar(12)  primary key,
    name        varchar(100) not null,
    parent_code varchar(12),
    level       smallint     not null
);
create index directory_region_parent_idx on directory_region (parent_code);

-- The 25 supervision sectors of the zero-accident plan (seed 004), each with its lead department
create table directory_sector (
    code            varchar(8)   primary key,
    name            varchar(100) not null,
    lead_department varchar(100) not null,
    sort_order      int          not null
);

-- GB/T 4754 门类
create table directory_industry_category (
    code varchar(1)   primary key,
    name varchar(100) not null
);

create table directory_department (
    id            uuid primary key,
    region_code   varchar(12)  not null,
    name          varchar(100) not null,
    comprehensive boolean      not null,
    constraint directory_department_name_uk unique (region_code, name)
);

create table directory_department_sector (
    department_id uuid       not null references directory_department (id),
    sector_code   varchar(8) not null references directory_sector (code),
    primary key (department_id, sector_code)
);

create table directory_enterprise (
    id                       uuid primary key,
    uscc                     varchar(18)  not null,
    name                     varchar(200) not null,
    unit_type                varchar(32)  not null,
    industry_category        varchar(1) references directory_industry_category (code),
    region_code              varchar(12)  not null,
    address                  varchar(300),
    principal_name           varchar(50),
    principal_phone          varchar(32),
    actual_controller_name   varchar(50),
    actual_controller_phone  varchar(32),
    safety_manager_name      varchar(50),
    safety_manager_phone     varchar(32),
    scale                    varchar(16)  not null,
    high_risk                boolean      not null,
    standardization_grade    varchar(16)  not null,
    status                   varchar(16)  not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    version                  bigint       not null,
    constraint directory_enterprise_uscc_uk unique (uscc)
);
create index directory_enterprise_region_idx on directory_enterprise (region_code);
create index directory_enterprise_name_idx on directory_enterprise (name);

create table directory_enterprise_sector (
    enterprise_id uuid       not null references directory_enterprise (id),
    sector_code   varchar(8) not null references directory_sector (code),
    primary key (enterprise_id, sector_code)
);
create index directory_enterprise_sector_code_idx on directory_enterprise_sector (sector_code, enterprise_id);

create table directory_enterprise_document (
    id            uuid primary key,
    enterprise_id uuid         not null references directory_enterprise (id),
    kind          varchar(16)  not null,
    title         varchar(200) not null,
    file_key      varchar(200) not null,
    filename      varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    valid_until   date,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamp with time zone not null
);
create index directory_enterprise_document_ent_idx on directory_enterprise_document (enterprise_id);

insert into directory_sector (code, name, lead_department, sort_order) values
('01', '煤炭(洗选)', '应急管理局(地方煤矿安全监督管理局)', 1),
('02', '化工、医药、危险化学品、烟花爆竹', '应急管理局', 2),
('03', '非煤矿山、冶金工贸、民用爆炸物品生产和销售', '应急管理局', 3),
('04', '建筑施工', '住房和城乡建设局', 4),
('05', '道路交通运输', '交通运输局、公安交警支队', 5),
('06', '消防安全', '消防救援支队', 6),
('07', '生态环境安全、放射物品、废弃物处置', '生态环境局', 7),
('08', '食品药品安全、特种设备(液化气瓶)、广告', '市场监督管理局', 8),
('09', '城乡规划、国土空间规划、矿产资源管理、地质灾害治理、森林、草原', '规划和自然资源局(林业局)', 9),
('10', '工业和信息化(国有资产、大数据)', '工业和信息化局', 10),
('11', '学校、幼儿园', '教育局', 11),
('12', '民爆物品使用和运输,涉枪涉爆、管制刀具', '公安局', 12),
('13', '粮食储备', '发展和改革委员会', 13),
('14', '福利院、养老院', '民政局', 14),
('15', '文化产业、旅游景区、文物场馆', '文化和旅游局(文物局)', 15),
('16', '医院、基层医疗卫生机构、医疗服务机构', '卫生健康委员会', 16),
('17', '水利设施、水利工程、水资源保护、水旱灾害', '水利局', 17),
('18', '农业、农村、畜牧、农机、渔业', '农业农村局', 18),
('19', '电力、新能源、可再生能源、石油和天然气管道保护', '能源局', 19),
('20', '超市、商场等商贸服务业和对外经济合作项目', '商务局', 20),
('21', '大型体育活动、公共体育场馆(地)', '体育局', 21),
('22', '城市供气供热供水、户外广告', '城市管理局', 22),
('23', '寄递物流', '邮政管理局', 23),
('24', '铁路运输安全', '铁路车务段', 24),
('25', '宗教场所', '民族宗教事务局', 25);

insert into directory_industry_category (code, name) values
('A', '农、林、牧、渔业'),
('B', '采矿业'),
('C', '制造业'),
('D', '电力、热力、燃气及水生产和供应业'),
('E', '建筑业'),
('F', '批发和零售业'),
('G', '交通运输、仓储和邮政业'),
('H', '住宿和餐饮业'),
('I', '信息传输、软件和信息技术服务业'),
('J', '金融业'),
('K', '房地产业'),
('L', '租赁和商务服务业'),
('M', '科学研究和技术服务业'),
('N', '水利、环境和公共设施管理业'),
('O', '居民服务、修理和其他服务业'),
('P', '教育'),
('Q', '卫生和社会工作'),
('R', '文化、体育和娱乐业'),
('S', '公共管理、社会保障和社会组织'),
('T', '国际组织');
