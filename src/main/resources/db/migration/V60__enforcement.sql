-- Enforcement (执法): the officer directory (执法人员名录库), the random-check item list (随机抽查事项清单), 双随机
-- draws with their seed and candidate snapshots, inspections with officers and findings, cases (立案 → 结案), the
-- lifetime-ban register, issued documents (执法文书) and their gap-free counters per office, year and kind.

-- 执法人员: an official's 执法证 (number and validity), where and in which sectors they enforce.
create table enforcement_officer (
    id              uuid primary key,
    user_id         uuid          not null,
    name            varchar(100)  not null,
    cert_no         varchar(40)   not null,
    valid_from      date          not null,
    valid_until     date          not null,
    region_code     varchar(12)   not null,
    sectors         varchar(200)  not null,
    office          varchar(100)  not null,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint enforcement_officer_user_uq unique (user_id),
    constraint enforcement_officer_cert_uq unique (cert_no)
);
create index enforcement_officer_region_idx on enforcement_officer (region_code);

-- 随机抽查事项: what a random check covers and its legal basis; sectors empty = every sector.
create table enforcement_item (
    id              uuid primary key,
    code            varchar(20)   not null,
    name            varchar(200)  not null,
    basis           varchar(500)  not null,
    sectors         varchar(200)  not null,
    subject         varchar(200)  not null,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint enforcement_item_code_uq unique (code)
);

-- 双随机 draws: immutable once written. The candidate lists are stored in canonical order (JSON arrays), with the
-- exclusions and their reasons, so that anyone can re-run SeededDraw with the seed and get the same result.
create table enforcement_draw (
    id                    uuid primary key,
    region_code           varchar(12)   not null,
    sectors               varchar(200)  not null,
    title                 varchar(200)  not null,
    item_id               uuid          not null references enforcement_item (id),
    seed                  varchar(64)   not null,
    enterprise_count      integer       not null,
    officer_count         integer       not null,
    enterprise_candidates varchar(200000) not null,
    officer_candidates    varchar(200000) not null,
    exclusions            varchar(200000) not null,
    drawn_enterprises     varchar(200000) not null,
    drawn_officers        varchar(200000) not null,
    drawn_by_name         varchar(100)  not null,
    drawn_at              timestamp with time zone not null,
    version               bigint        not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);
create index enforcement_draw_region_idx on enforcement_draw (region_code);

-- 执法检查: one visit to one enterprise.
create table enforcement_inspection (
    id                uuid primary key,
    enterprise_id     uuid          not null,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    enterprise_name   varchar(200)  not null,
    office_code       varchar(12)   not null,
    office_name       varchar(100)  not null,
    mode              varchar(24)   not null,
    draw_id           uuid references enforcement_draw (id),
    template_id       uuid,
    template_name     varchar(200),
    inspected_on      date          not null,
    inspected_year    integer       not null,
    place             varchar(200)  not null,
    summary           varchar(2000) not null,
    measures          varchar(200)  not null,
    measure_note      varchar(2000),
    rectify_due       date,
    general_findings  integer       not null,
    major_findings    integer       not null,
    recorded_by_name  varchar(100)  not null,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index enforcement_inspection_region_idx on enforcement_inspection (region_code, inspected_year);
create index enforcement_inspection_enterprise_idx on enforcement_inspection (enterprise_id, inspected_on);

create table enforcement_inspection_officer (
    inspection_id     uuid          not null references enforcement_inspection (id),
    position          integer       not null,
    officer_id        uuid          not null,
    name              varchar(100)  not null,
    cert_no           varchar(40)   not null,
    primary key (inspection_id, position)
);

create table enforcement_finding (
    inspection_id     uuid          not null references enforcement_inspection (id),
    position          integer       not null,
    content           varchar(2000) not null,
    basis             varchar(500),
    major             boolean       not null,
    hazard_id         uuid          not null,
    primary key (inspection_id, position)
);

-- 行政处罚案件
create table enforcement_case (
    id                    uuid primary key,
    enterprise_id         uuid          not null,
    region_code           varchar(12)   not null,
    sectors               varchar(200)  not null,
    enterprise_name       varchar(200)  not null,
    office_code           varchar(12)   not null,
    office_name           varchar(100)  not null,
    inspection_id         uuid references enforcement_inspection (id),
    title                 varchar(200)  not null,
    facts                 varchar(4000) not null,
    state                 varchar(16)   not null,
    filed_on              date          not null,
    filed_year            integer       not null,
    investigated_on       date,
    evidence              varchar(4000),
    notified_on           date,
    reply_due             date,
    hearing_requested     boolean       not null,
    statement             varchar(4000),
    hearing_held_on       date,
    decided_on            date,
    measures              varchar(200)  not null,
    fine_unit_yuan        numeric(14, 2) not null,
    principal_name        varchar(100),
    fine_principal_yuan   numeric(14, 2) not null,
    rectify_due           date,
    transfer_to           varchar(200),
    decision_text         varchar(4000),
    payment_due           date,
    paid_on               date,
    executed_on           date,
    closed_on             date,
    version               bigint        not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);
create index enforcement_case_region_idx on enforcement_case (region_code, filed_year);
create index enforcement_case_enterprise_idx on enforcement_case (enterprise_id);

-- 终身不得担任本行业生产经营单位的主要负责人 (安全生产法 第94条)
create table enforcement_ban (
    id                uuid primary key,
    enterprise_id     uuid          not null,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    enterprise_name   varchar(200)  not null,
    person_name       varchar(100)  not null,
    person_role       varchar(24)   not null,
    case_id           uuid          not null references enforcement_case (id),
    reason            varchar(2000) not null,
    banned_on         date          not null,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

-- 执法文书: each issued document, numbered per office, year and kind without gaps.
create table enforcement_doc_counter (
    office_code       varchar(12)   not null,
    doc_year          integer       not null,
    kind              varchar(24)   not null,
    last_no           integer       not null,
    primary key (office_code, doc_year, kind)
);

create table enforcement_document (
    id                uuid primary key,
    enterprise_id     uuid          not null,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    kind              varchar(24)   not null,
    office_code       varchar(12)   not null,
    doc_year          integer       not null,
    seq               integer       not null,
    doc_number        varchar(80)   not null,
    inspection_id     uuid references enforcement_inspection (id),
    case_id           uuid references enforcement_case (id),
    source_id         uuid          not null,
    issued_by_name    varchar(100)  not null,
    issued_on         date          not null,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint enforcement_document_seq_uq unique (office_code, doc_year, kind, seq),
    constraint enforcement_document_source_uq unique (source_id, kind)
);
