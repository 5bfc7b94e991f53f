-- The expert pool (专家库): experts, retired safety staff, service agencies and enforcement technical inspectors, with
-- their specialities, qualifications, term, region and ties to enterprises (conflicts of interest), and their
-- assignments to enterprises, drawn at random (seed and candidates recorded) or chosen with a reason.
create table expert_expert (
    id              uuid primary key,
    -- the identity account the expert logs in with (role EXPERT); null for an agency without an account yet
    user_id         uuid,
    name            varchar(100)  not null,
    kind            varchar(24)   not null,
    organisation    varchar(200),
    region_code     varchar(12)   not null,
    -- sectors (,02,03,) and hazard specialities (,CHEMICAL,DUST,) the expert is qualified for
    sectors         varchar(200)  not null,
    specialities    varchar(400)  not null,
    qualifications  varchar(1000) not null,
    valid_from      date          not null,
    valid_to        date          not null,
    fee_per_day     numeric(10, 2),
    fee_note        varchar(500),
    active          boolean       not null,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint expert_expert_user_uk unique (user_id)
);
create index expert_expert_region_idx on expert_expert (region_code);

-- An expert's ties to enterprises: current and past employers, services rendered outside the platform.
create table expert_tie (
    expert_id       uuid          not null references expert_expert (id),
    position        integer       not null,
    kind            varchar(24)   not null,
    enterprise_id   uuid          not null,
    enterprise_name varchar(200)  not null,
    -- the last day of a past employment or service (null for a current employer)
    ended_on        date,
    primary key (expert_id, position)
);
create index expert_tie_enterprise_idx on expert_tie (enterprise_id);

-- One draw: the seed and the eligible candidates in their recorded order, the exclusions with reasons, the result.
create table expert_draw (
    id              uuid primary key,
    kind            varchar(32)   not null,
    enterprise_id   uuid          not null,
    region_code     varchar(12)   not null,
    sectors         varchar(200)  not null,
    seed            varchar(64)   not null,
    candidates      varchar(8000) not null,
    exclusions      varchar(8000) not null,
    drawn_expert_id uuid,
    drawn_by        uuid          not null,
    drawn_at        timestamp with time zone not null
);

create table expert_assignment (
    id              uuid primary key,
    enterprise_id   uuid          not null,
    region_code     varchar(12)   not null,
    sectors         varchar(200)  not null,
    enterprise_name varchar(200)  not null,
    expert_id       uuid          not null references expert_expert (id),
    kind            varchar(32)   not null,
    method          varchar(16)   not null,
    draw_id         uuid references expert_draw (id),
    reason          varchar(1000),
    valid_from      date          not null,
    valid_until     date          not null,
    state           varchar(16)   not null,
    assigned_by     uuid          not null,
    findings        varchar(4000),
    conclusion      varchar(2000),
    hazards_found   integer       not null,
    majors_found    integer       not null,
    reported_at     timestamp with time zone,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index expert_assignment_expert_idx on expert_assignment (expert_id, valid_until);
create index expert_assignment_enterprise_idx on expert_assignment (enterprise_id);
create index expert_assignment_region_idx on expert_assignment (region_code);

-- Move inspection's 体检式精查 assignments onto the pool: every account with the EXPERT role becomes a pool expert
-- (a 专家 of its region or, without one, of the whole platform, term open), its assignments become assignments of
-- kind DETAILED_CHECK chosen by the official, with their window.
insert into expert_expert (id, user_id, name, kind, organisation, region_code, sectors, specialities, qualifications,
        valid_from, valid_to, fee_per_day, fee_note, active, version, created_at, updated_at)
select u.id, u.id, u.display_name, 'EXPERT', null, coalesce(u.region_code, '000000000000'), ',', ',', '',
       date '2000-01-01', date '2099-12-31', null, null, true, 0, current_timestamp, current_timestamp
from identity_user u where u.role = 'EXPERT';

insert into expert_assignment (id, enterprise_id, region_code, sectors, enterprise_name, expert_id, kind, method,
        draw_id, reason, valid_from, valid_until, state, assigned_by, findings, conclusion, hazards_found,
        majors_found, reported_at, version, created_at, updated_at)
select x.id, x.enterprise_id, x.region_code, x.sectors, x.enterprise_name, x.expert_user_id, 'DETAILED_CHECK',
       'CHOSEN', null, '监管人员安排体检式精查', cast(x.assigned_at as date), x.valid_until, 'ACTIVE', x.assigned_by,
       null, null, 0, 0, null, 0, x.assigned_at, x.assigned_at
from inspection_expert_assignment x
where exists (select 1 from expert_expert e where e.id = x.expert_user_id);

drop table inspection_expert_assignment;
