-- Training (module training): people (一人一档), hours, positions' certificate needs, certificates, findings.
-- Every scoped table carries the ScopedRecord columns: id, enterprise_id, region_code, sectors, version, created_at,
-- updated_at; region_code and sectors are copied from the enterprise when written.
create table training_person (
    id               uuid primary key,
    enterprise_id    uuid          not null,
    region_code      varchar(12)   not null,
    sectors          varchar(200)  not null,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    -- copied from the enterprise: whether the 48/16 and 72/20 hours of the high-risk sectors apply
    high_risk        boolean       not null,
    metal_smelting   boolean       not null,
    name             varchar(50)   not null,
    staff_no         varchar(50)   not null,
    kind             varchar(16)   not null,
    position         varchar(100),
    hired_on         date          not null,
    post_changed_on  date,
    away_from        date,
    returned_on      date,
    principal        boolean       not null,
    safety_manager   boolean       not null,
    special_operator boolean       not null,
    violator         boolean       not null,
    violation_on     date,
    violation_note   varchar(500),
    on_duty          boolean       not null,
    user_id          uuid,
    constraint training_person_staff_no unique (enterprise_id, staff_no)
);
create index training_person_region on training_person (region_code);
create index training_person_user on training_person (user_id);

-- Hours credited to a person: kind INITIAL, YEARLY, FACTORY, WORKSHOP, TEAM (the three induction levels).
create table training_hours (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    sectors       varchar(200)  not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    person_id     uuid          not null references training_person (id),
    kind          varchar(16)   not null,
    hours         numeric(6, 1) not null,
    taken_on      date          not null,
    topic         varchar(200)  not null
);
create index training_hours_person on training_hours (person_id);

-- Certificate types as data: category SPECIAL (特种作业操作证), PRINCIPAL, SAFETY_MANAGER (合格证), OTHER.
create table training_certificate_type (
    code           varchar(32)  primary key,
    name           varchar(100) not null,
    category       varchar(16)  not null,
    validity_years integer      not null,
    review_years   integer      not null,
    sort_order     integer      not null
);
insert into training_certificate_type (code, name, category, validity_years, review_years, sort_order) values
('SP_ELEC', '特种作业操作证(电工作业)', 'SPECIAL', 6, 3, 1),
('SP_WELD', '特种作业操作证(焊接与热切割作业)', 'SPECIAL', 6, 3, 2),
('SP_HEIGHT', '特种作业操作证(高处作业)', 'SPECIAL', 6, 3, 3),
('SP_REFRIG', '特种作业操作证(制冷与空调作业)', 'SPECIAL', 6, 3, 4),
('SP_COAL', '特种作业操作证(煤矿安全作业)', 'SPECIAL', 6, 3, 5),
('SP_MINE', '特种作业操作证(金属非金属矿山安全作业)', 'SPECIAL', 6, 3, 6),
('SP_OIL', '特种作业操作证(石油天然气安全作业)', 'SPECIAL', 6, 3, 7),
('SP_METAL', '特种作业操作证(冶金(有色)生产安全作业)', 'SPECIAL', 6, 3, 8),
('SP_CHEM', '特种作业操作证(危险化学品安全作业)', 'SPECIAL', 6, 3, 9),
('SP_FIREWORK', '特种作业操作证(烟花爆竹安全作业)', 'SPECIAL', 6, 3, 10),
('PRINCIPAL', '主要负责人安全生产知识和管理能力考核合格证', 'PRINCIPAL', 3, 0, 20),
('SAFETY_MANAGER', '安全生产管理人员安全生产知识和管理能力考核合格证', 'SAFETY_MANAGER', 3, 0, 21);

-- A position of the enterprise (risk module's position name) that requires a certificate type.
create table training_position_requirement (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    sectors       varchar(200)  not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    position      varchar(100)  not null,
    type_code     varchar(32)   not null references training_certificate_type (code),
    constraint training_position_requirement_once unique (enterprise_id, position, type_code)
);

create table training_certificate (
    id              uuid primary key,
    enterprise_id   uuid          not null,
    region_code     varchar(12)   not null,
    sectors         varchar(200)  not null,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    person_id       uuid          not null references training_person (id),
    type_code       varchar(32)   not null references training_certificate_type (code),
    number          varchar(50)   not null,
    issuer          varchar(100)  not null,
    issued_on       date          not null,
    valid_until     date          not null,
    reviewed_on     date,
    -- the due date (earlier of review and expiry) the last reminder was sent for, and its step (90, 60, 30, 7, 0)
    reminded_due    date,
    reminded_step   integer
);
create index training_certificate_person on training_certificate (person_id);

-- An uncertified person in a position that requires a certificate (工贸重大事故隐患判定标准 第三条(二)), or a
-- 金属冶炼 principal / safety manager without a valid 合格证 (第三条(三)): proposed once to the hazard module.
create table training_finding (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    sectors       varchar(200)  not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    person_id     uuid          not null references training_person (id),
    criterion     varchar(16)   not null,
    type_code     varchar(32)   not null,
    hazard_id     uuid          not null,
    constraint training_finding_once unique (person_id, criterion, type_code)
);
