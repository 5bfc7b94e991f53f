-- The office's routine (issue 15, item 4): the monthly 专题研究 / 调度 meeting with its agenda (generated from the
-- lagging and escalated tasks) and minutes, filing requirements with their expected filers and the files received,
-- and the yearly summary / evaluation report submitted as a signed docx.

-- a meeting's follow-up on a task: a note and a date by which the unit is to act
alter table campaign_task add column follow_up_note varchar(1000);
alter table campaign_task add column follow_up_due date;

create table campaign_meeting (
    id              uuid primary key,
    plan_id         uuid          not null references campaign_plan (id),
    -- the month the meeting is for (yyyy-MM): one per plan and month
    period          varchar(7)    not null,
    held_on         date          not null,
    kind            varchar(16)   not null,
    title           varchar(200)  not null,
    place           varchar(200),
    chair           varchar(100),
    attendees       varchar(1000),
    -- the day the agenda was generated from the tasks lagging (and escalated) then
    agenda_as_of    date          not null,
    minuted_at      timestamp with time zone,
    minuted_by_name varchar(100),
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint campaign_meeting_period_uk unique (plan_id, period)
);

create table campaign_meeting_item (
    meeting_id     uuid          not null references campaign_meeting (id),
    seq            integer       not null,
    task_id        uuid references campaign_task (id),
    source         varchar(16)   not null,
    topic          varchar(500)  not null,
    decision       varchar(2000),
    follow_up_note varchar(1000),
    follow_up_due  date,
    primary key (meeting_id, seq)
);

-- what lower levels and enterprises file with the office (or the office with a higher one), by when, and who
create table campaign_filing_req (
    id          uuid primary key,
    plan_id     uuid          not null references campaign_plan (id),
    title       varchar(300)  not null,
    filed_with  varchar(200)  not null,
    due_date    date          not null,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index campaign_filing_req_plan_idx on campaign_filing_req (plan_id);

-- the expected filers: a region (town, village, community) or an enterprise of the registry
create table campaign_filing_filer (
    requirement_id uuid         not null references campaign_filing_req (id),
    seq            integer      not null,
    kind           varchar(16)  not null,
    ref            varchar(64)  not null,
    name           varchar(200) not null,
    primary key (requirement_id, seq)
);

-- each file received (a filer may send a corrected one later; the first one decides on time or late)
create table campaign_filing (
    id                uuid primary key,
    requirement_id    uuid          not null references campaign_filing_req (id),
    filer_ref         varchar(64)   not null,
    file_key          varchar(200)  not null,
    file_type         varchar(8)    not null,
    size_bytes        bigint        not null,
    sha256            varchar(64)   not null,
    name              varchar(200)  not null,
    submitted_on      date          not null,
    submitted_at      timestamp with time zone not null,
    submitted_by      uuid          not null,
    submitted_by_name varchar(100)  not null,
    late              boolean       not null
);
create index campaign_filing_req_filer_idx on campaign_filing (requirement_id, filer_ref);

-- the yearly summary (due 12-01) and the evaluation report: the final docx the office submitted, signed by its hash
create table campaign_paper (
    id                uuid primary key,
    plan_id           uuid          not null references campaign_plan (id),
    kind              varchar(16)   not null,
    paper_year        integer       not null,
    due_date          date          not null,
    file_key          varchar(200)  not null,
    size_bytes        bigint        not null,
    sha256            varchar(64)   not null,
    name              varchar(200)  not null,
    submitted_on      date          not null,
    submitted_at      timestamp with time zone not null,
    submitted_by      uuid          not null,
    submitted_by_name varchar(100)  not null,
    on_time           boolean       not null,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint campaign_paper_uk unique (plan_id, kind, paper_year)
);
