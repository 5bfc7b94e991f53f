-- Hazard ledger. Region code and sectors are copied from the enterprise when the hazard is reported, so scope filters
-- and statistics need no join across modules (and the table can be distributed by region prefix).
create table hazard_hazard (
    id                   uuid primary key,
    enterprise_id        uuid          not null,
    enterprise_name      varchar(200)  not null,
    region_code          varchar(12)   not null,
    -- comma-separated sector codes with leading and trailing commas: ,03,04,
    sectors              varchar(200)  not null,
    source               varchar(24)   not null,
    level                varchar(8)    not null,
    state                varchar(24)   not null,
    type                 varchar(16)   not null,
    manage_type          varchar(16),
    factor_code          varchar(8),
    accident_type        varchar(32),
    description          varchar(2000) not null,
    cause                varchar(2000),
    location             varchar(200),
    unit_id              uuid,
    measure_id           uuid,
    inspection_record_id uuid,
    found_at             timestamp with time zone not null,
    -- Asia/Shanghai date of found_at; the stock/increment split and period statistics use it
    found_on             date          not null,
    reported_by          uuid          not null,
    reported_by_name     varchar(100)  not null,
    confirmed_at         timestamp with time zone,
    responsible_user_id  uuid,
    responsible_name     varchar(100),
    deadline             date,
    measures             varchar(2000),
    funds                numeric(19, 2),
    contingency          varchar(2000),
    cost                 numeric(19, 2),
    rectified_at         timestamp with time zone,
    closed_at            timestamp with time zone,
    closed_on            date,
    overdue              boolean       not null,
    supervised           boolean       not null,
    version              bigint        not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);
create index hazard_region_found_idx on hazard_hazard (region_code, found_on);
create index hazard_enterprise_state_idx on hazard_hazard (enterprise_id, state);
create index hazard_state_deadline_idx on hazard_hazard (state, deadline);
create index hazard_inspection_record_idx on hazard_hazard (inspection_record_id);

-- Workflow details (owned by the hazard workflow; columns above are read by the ledger and statistics too).
alter table hazard_hazard add column proposed_level      varchar(8);
alter table hazard_hazard add column reported_role       varchar(32);
alter table hazard_hazard add column responsible_phone   varchar(32);
alter table hazard_hazard add column rectification       varchar(2000);
alter table hazard_hazard add column rejection_kind      varchar(16);
alter table hazard_hazard add column rejection_reason    varchar(1000);
alter table hazard_hazard add column duplicate_of        uuid;
-- 重大事故隐患报告 (16号令 第十四条) and 治理方案 (第十五条)
alter table hazard_hazard add column situation           varchar(4000);
alter table hazard_hazard add column harm_analysis       varchar(4000);
alter table hazard_hazard add column plan_goal           varchar(4000);
alter table hazard_hazard add column plan_methods        varchar(4000);
alter table hazard_hazard add column plan_resources      varchar(4000);
alter table hazard_hazard add column plan_organisation   varchar(4000);
alter table hazard_hazard add column plan_schedule       varchar(4000);
alter table hazard_hazard add column plan_safety         varchar(4000);
-- 挂牌督办 closure (16号令 第二十二条): assessment by experts or an agency, then the unit's written application
alter table hazard_hazard add column assessment_by       varchar(200);
alter table hazard_hazard add column assessment_summary  varchar(4000);
alter table hazard_hazard add column assessment_at       timestamp with time zone;
alter table hazard_hazard add column application_text    varchar(4000);
alter table hazard_hazard add column application_at      timestamp with time zone;
alter table hazard_hazard add column overdue_since       date;

create table hazard_photo (
    id          uuid primary key,
    hazard_id   uuid         not null references hazard_hazard (id),
    kind        varchar(8)   not null,
    file_key    varchar(200) not null,
    file_type   varchar(8)   not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    uploaded_by uuid         not null,
    uploaded_at timestamp with time zone not null
);
create index hazard_photo_hazard_idx on hazard_photo (hazard_id);

-- Images stored before the hazard exists (the API uploads first, then names the keys); only the uploader may use one.
create table hazard_upload (
    file_key    varchar(200) primary key,
    file_type   varchar(8)   not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    uploaded_by uuid         not null,
    uploaded_at timestamp with time zone not null,
    used        boolean      not null
);

create table hazard_transition (
    id         uuid primary key,
    hazard_id  uuid          not null references hazard_hazard (id),
    seq        int           not null,
    action     varchar(32)   not null,
    from_state varchar(24),
    to_state   varchar(24)   not null,
    actor_id   uuid,
    actor_name varchar(100)  not null,
    at         timestamp with time zone not null,
    note       varchar(2000),
    constraint hazard_transition_seq_uk unique (hazard_id, seq)
);

create table hazard_signature (
    id           uuid primary key,
    hazard_id    uuid         not null references hazard_hazard (id),
    role         varchar(16)  not null,
    user_id      uuid         not null,
    user_name    varchar(100) not null,
    signed_at    timestamp with time zone not null,
    algorithm    varchar(16)  not null,
    content_hash varchar(64)  not null,
    voided_at    timestamp with time zone,
    void_reason  varchar(200)
);
create index hazard_signature_hazard_idx on hazard_signature (hazard_id);

create table hazard_supervision (
    id             uuid primary key,
    hazard_id      uuid          not null references hazard_hazard (id),
    department     varchar(200)  not null,
    requirements   varchar(2000) not null,
    deadline       date          not null,
    issued_by      uuid          not null,
    issued_by_name varchar(100)  not null,
    issued_at      timestamp with time zone not null
);
create index hazard_supervision_hazard_idx on hazard_supervision (hazard_id);

create table hazard_extension (
    id                uuid primary key,
    hazard_id         uuid          not null references hazard_hazard (id),
    previous_deadline date          not null,
    requested_deadline date         not null,
    reason            varchar(1000) not null,
    requested_by      uuid          not null,
    requested_by_name varchar(100)  not null,
    requested_at      timestamp with time zone not null,
    status            varchar(16)   not null,
    decided_by        uuid,
    decided_by_name   varchar(100),
    decided_at        timestamp with time zone,
    decision_note     varchar(1000)
);
create index hazard_extension_hazard_idx on hazard_extension (hazard_id);

-- 县级领导审核 (逐企逐条) of major hazards
create table hazard_review (
    id            uuid primary key,
    hazard_id     uuid          not null references hazard_hazard (id),
    reviewer_id   uuid          not null,
    reviewer_name varchar(100)  not null,
    reviewed_at   timestamp with time zone not null,
    opinion       varchar(2000) not null
);
create index hazard_review_hazard_idx on hazard_review (hazard_id);

-- 函告 → 通报 → 约谈 → 曝光: proposed by the reminder job, confirmed by an official; one row per hazard and step
create table hazard_escalation (
    id                uuid primary key,
    hazard_id         uuid         not null references hazard_hazard (id),
    step              varchar(16)  not null,
    proposed_at       timestamp with time zone not null,
    confirmed_at      timestamp with time zone,
    confirmed_by      uuid,
    confirmed_by_name varchar(100),
    note              varchar(1000),
    constraint hazard_escalation_step_uk unique (hazard_id, step)
);

-- Deadline reminders and overdue escalations sent, so a second run of the job sends nothing twice
create table hazard_reminder (
    hazard_id uuid        not null references hazard_hazard (id),
    kind      varchar(16) not null,
    deadline  date        not null,
    sent_at   timestamp with time zone not null,
    primary key (hazard_id, kind, deadline)
);
