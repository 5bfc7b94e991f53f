-- What an accident sets in motion (issue 14 item 5): the preventive measures of the investigation report, each a
-- hazard of source 事故类比 at the accident's enterprise; the class-analogy checks (类比排查) an official confirms for
-- peer enterprises of the same sector; the 黑名单 (不良记录) proposal an official confirms or declines.

-- one row per accident with follow-up: the versioned record the measures and the analogy confirmation change
create table accident_followup (
    id                 uuid primary key,
    accident_id        uuid          not null references accident_accident (id),
    enterprise_id      uuid,
    region_code        varchar(12)   not null,
    sectors            varchar(200)  not null,
    measure_count      integer       not null,
    analogy_sector     varchar(8),
    analogy_due        date,
    analogy_note       varchar(2000),
    analogy_by         varchar(100),
    analogy_at         timestamp with time zone,
    analogy_peers      integer       not null,
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint accident_followup_accident_uq unique (accident_id)
);

-- a preventive measure (防范措施) and the hazard it became (its state is read from the hazard module)
create table accident_measure (
    id            uuid primary key,
    followup_id   uuid          not null references accident_followup (id),
    accident_id   uuid          not null,
    seq           integer       not null,
    measure       varchar(500)  not null,
    hazard_id     uuid          not null,
    created_by    varchar(100)  not null,
    created_at    timestamp with time zone not null,
    constraint accident_measure_seq_uq unique (accident_id, seq)
);
create index accident_measure_hazard_idx on accident_measure (hazard_id);

-- one class-analogy check per accident and peer enterprise; the peer's enterprise, region and sectors for the scope
create table accident_analogy_check (
    id               uuid primary key,
    accident_id      uuid          not null references accident_accident (id),
    enterprise_id    uuid          not null,
    region_code      varchar(12)   not null,
    sectors          varchar(200)  not null,
    enterprise_name  varchar(200)  not null,
    instructions     varchar(4000) not null,
    due_date         date          not null,
    state            varchar(8)    not null,
    result           varchar(2000),
    hazard_id        uuid,
    done_by          varchar(100),
    done_at          timestamp with time zone,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint accident_analogy_check_uq unique (accident_id, enterprise_id)
);
create index accident_analogy_check_ent_idx on accident_analogy_check (enterprise_id, state);
create index accident_analogy_check_region_idx on accident_analogy_check (region_code, state);

-- a 黑名单 (不良记录) entry proposed for an accident, confirmed or declined by an official
create table accident_blacklist (
    id                uuid primary key,
    accident_id       uuid          not null references accident_accident (id),
    enterprise_id     uuid,
    region_code       varchar(12)   not null,
    sectors           varchar(200)  not null,
    unit_name         varchar(200)  not null,
    basis             varchar(500)  not null,
    state             varchar(12)   not null,
    joint_punishment  varchar(1000),
    starts_on         date,
    ends_on           date,
    decision_reason   varchar(2000),
    decided_by        varchar(100),
    decided_at        timestamp with time zone,
    lifetime_ban      boolean       not null,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint accident_blacklist_accident_uq unique (accident_id)
);
create index accident_blacklist_region_idx on accident_blacklist (region_code, state);
create index accident_blacklist_enterprise_idx on accident_blacklist (enterprise_id);
