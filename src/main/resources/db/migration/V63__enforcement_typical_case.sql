-- 典型案例: an office marks one of its closed cases as a typical case (title, summary, 警示意义, tags) and submits it to
-- the level above (submitted_to, the office's parent region); that office accepts (采用) or returns it with a reason;
-- an accepted case can be published to the offices below the accepting office. One typical case per case.
create table enforcement_typical_case (
    id                   uuid primary key,
    case_id              uuid          not null references enforcement_case (id),
    enterprise_id        uuid          not null,
    enterprise_name      varchar(200)  not null,
    sectors              varchar(200)  not null,
    office_code          varchar(12)   not null,
    office_name          varchar(100)  not null,
    case_title           varchar(200)  not null,
    title                varchar(200)  not null,
    summary              varchar(4000) not null,
    lessons              varchar(2000) not null,
    tags                 varchar(200)  not null,
    state                varchar(16)   not null,
    submitted_to         varchar(12),
    submitted_to_name    varchar(100),
    submitted_on         date,
    submitted_by_name    varchar(100),
    reviewed_on          date,
    reviewed_by_name     varchar(100),
    return_reason        varchar(500),
    published_on         date,
    published_by_name    varchar(100),
    version              bigint        not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint enforcement_typical_case_case_uq unique (case_id)
);
create index enforcement_typical_case_office_idx on enforcement_typical_case (office_code, state);
create index enforcement_typical_case_to_idx on enforcement_typical_case (submitted_to, state);
