-- 专项整治 ledgers for objects that are not enterprises (issue 15, item 5): 自建房 逐户排查 "一本账", 燃气用户,
-- 九小场所. Kinds and their checklists are data (V53); objects are registered by village (the region code of the
-- village), checked with the kind's checklist, every 不合格 item becomes a problem with a due date that is rectified
-- and verified (销号) by an official; a campaign task is bound to the ledgers it is measured by.

-- a ledger kind (SELF_BUILT, GAS, NINE_SMALL) or a sub-kind of one (the nine 九小场所); sub-kinds use the checklist
-- of their ledger
create table campaign_rect_kind (
    code        varchar(16)  primary key,
    ledger      varchar(16)  not null,
    name        varchar(50)  not null,
    seq         integer      not null
);

create table campaign_rect_item (
    ledger      varchar(16)  not null,
    seq         integer      not null,
    text        varchar(300) not null,
    primary key (ledger, seq)
);

create table campaign_rect_object (
    id              uuid primary key,
    ledger          varchar(16)  not null,
    kind_code       varchar(16)  not null references campaign_rect_kind (code),
    -- the village (or community) the object lies in: the 12-digit code, scope is by its prefix
    region_code     varchar(12)  not null,
    name            varchar(100) not null,
    address         varchar(200) not null,
    owner_name      varchar(50)  not null,
    -- 自建房: storeys, 用途 (自住/出租/经营/混合), whether a business is run in it
    storeys         integer,
    purpose         varchar(16),
    business        boolean      not null,
    -- the last check's day (null: not checked yet)
    last_checked_on date,
    version         bigint       not null,
    created_at      timestamp with time zone not null,
    created_by_name varchar(100) not null,
    constraint campaign_rect_object_uk unique (ledger, region_code, address)
);
create index campaign_rect_object_region_idx on campaign_rect_object (ledger, region_code);

create table campaign_rect_check (
    id              uuid primary key,
    object_id       uuid          not null references campaign_rect_object (id),
    checked_on      date          not null,
    inspector_name  varchar(100)  not null,
    note            varchar(1000),
    created_at      timestamp with time zone not null
);
create index campaign_rect_check_object_idx on campaign_rect_check (object_id);

create table campaign_rect_result (
    check_id    uuid          not null references campaign_rect_check (id),
    seq         integer       not null,
    item_text   varchar(300)  not null,
    -- PASS 合格, FAIL 不合格, NA 不适用
    outcome     varchar(8)    not null,
    note        varchar(500),
    primary key (check_id, seq)
);

-- a problem found by a check (a 不合格 item): 整改中 → 待验收 → 已销号; overdue while 整改中 after its due date
create table campaign_rect_problem (
    id               uuid primary key,
    object_id        uuid          not null references campaign_rect_object (id),
    check_id         uuid          not null references campaign_rect_check (id),
    ledger           varchar(16)   not null,
    region_code      varchar(12)   not null,
    item_seq         integer       not null,
    description      varchar(500)  not null,
    found_on         date          not null,
    due_date         date          not null,
    state            varchar(16)   not null,
    rectification   varchar(500),
    rectified_on     date,
    verified_on      date,
    verified_by_name varchar(100),
    version          bigint        not null,
    created_at       timestamp with time zone not null
);
create index campaign_rect_problem_region_idx on campaign_rect_problem (ledger, region_code);
create index campaign_rect_problem_object_idx on campaign_rect_problem (object_id);

-- a campaign task measured by a ledger (e.g. 东关镇 task 12: 2025年5月底前全面完成自建房安全隐患整治)
create table campaign_rect_binding (
    task_id     uuid          not null references campaign_task (id),
    ledger      varchar(16)   not null,
    created_at  timestamp with time zone not null,
    primary key (task_id, ledger)
);
