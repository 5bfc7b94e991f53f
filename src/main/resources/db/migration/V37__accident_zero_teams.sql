-- 零事故 创建工作专班 (seed 004 §六(一)): one working group per county / development zone (org_kind REGION) and per
-- lead department (DEPARTMENT) of a campaign, the meetings it holds (at least one 调度会议 a month and one 现场会 a
-- quarter), the reminders sent before a month or quarter ends without one, and the yearly 通报表扬 list.
create table accident_zero_team (
    id           uuid primary key,
    campaign_id  uuid         not null references accident_zero_campaign (id),
    org_kind     varchar(16)  not null,
    org_code     varchar(64)  not null,
    org_name     varchar(200) not null,
    region_code  varchar(12)  not null,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint accident_zero_team_uq unique (campaign_id, org_kind, org_code)
);

-- kind: DISPATCH 调度会议, ONSITE 现场会, OTHER; photo_keys: FileStore keys, one a line
create table accident_zero_meeting (
    id               uuid primary key,
    team_id          uuid          not null references accident_zero_team (id),
    campaign_id      uuid          not null references accident_zero_campaign (id),
    held_on          date          not null,
    kind             varchar(16)   not null,
    title            varchar(200)  not null,
    attendees        varchar(1000) not null,
    issues           varchar(2000),
    decisions        varchar(2000),
    photo_keys       varchar(2000) not null,
    recorded_by      uuid          not null,
    recorded_by_name varchar(100)  not null,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index accident_zero_meeting_team_idx on accident_zero_meeting (team_id, held_on);
create index accident_zero_meeting_campaign_idx on accident_zero_meeting (campaign_id, held_on);

-- one reminder per team and period (M2026-05 for a month's 调度会议, Q2026-2 for a quarter's 现场会)
create table accident_zero_meeting_reminder (
    team_id   uuid        not null references accident_zero_team (id),
    period    varchar(16) not null,
    sent_at   timestamp with time zone not null,
    primary key (team_id, period)
);

-- 通报表扬: units 已认定 in the year that the city office names, with the reason
create table accident_zero_commendation (
    id              uuid primary key,
    campaign_id     uuid          not null references accident_zero_campaign (id),
    commend_year    integer       not null,
    unit_year_id    uuid          not null references accident_zero_unit_year (id),
    unit_id         uuid          not null references accident_zero_unit (id),
    commend_reason  varchar(500)  not null,
    decided_by      uuid          not null,
    decided_by_name varchar(100)  not null,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint accident_zero_commendation_uq unique (unit_year_id)
);
create index accident_zero_commendation_idx on accident_zero_commendation (campaign_id, commend_year);
