-- Tips (举报): public, 12350, letter, visit and enterprise-internal. Region code and sectors are copied from the
-- enterprise (or, for a unit outside the registry, the region the reporter chose) so scope needs no join. The
-- reporter's identity and contact and an anonymous reporter's claim contact are only stored SM4-sealed
-- (reporter_cipher, claim_cipher); the tracking code only as its SHA-256 (tracking_hash).
create table tip_tip (
    id                 uuid primary key,
    enterprise_id      uuid,
    region_code        varchar(12)   not null,
    sectors            varchar(200)  not null,
    no                 varchar(24)   not null,
    channel            varchar(16)   not null,
    state              varchar(24)   not null,
    anonymous          boolean       not null,
    joint              boolean       not null,
    tracking_hash      varchar(64)   not null,
    content            varchar(2000) not null,
    place              varchar(200)  not null,
    unit_name          varchar(200)  not null,
    photo_keys         varchar(1000) not null,
    reporter_cipher    varchar(1000),
    claim_cipher       varchar(1000),
    received_at        timestamp with time zone not null,
    entered_by_name    varchar(100),
    state_since        timestamp with time zone not null,
    due_at             timestamp with time zone,
    reminded_state     varchar(24),
    handler_id         uuid,
    handler_name       varchar(100),
    accepted_at        timestamp with time zone,
    reject_reason      varchar(24),
    same_matter_as     uuid,
    transferred_to     varchar(200),
    handling_note      varchar(2000),
    finding            varchar(16),
    hazard_id          uuid,
    case_id            uuid,
    case_no            varchar(64),
    penalty_yuan       numeric(19, 2),
    reward_kind        varchar(24),
    reward_yuan        numeric(19, 2),
    reward_rule        varchar(300),
    reward_approved_by varchar(100),
    reward_claimed     boolean       not null,
    reward_paid_at     timestamp with time zone,
    reply_text         varchar(2000),
    replied_at         timestamp with time zone,
    closed_at          timestamp with time zone,
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint tip_tip_no_uq unique (no),
    constraint tip_tip_tracking_uq unique (tracking_hash)
);
create index tip_tip_region_idx on tip_tip (region_code, received_at);
create index tip_tip_enterprise_idx on tip_tip (enterprise_id);
create index tip_tip_handler_idx on tip_tip (handler_id);
create index tip_tip_due_idx on tip_tip (due_at);
create index tip_tip_matter_idx on tip_tip (same_matter_as);

-- An enterprise's internal reward ledger for its whistleblowers: material (an amount) or honorary rewards.
create table tip_internal_reward (
    id              uuid primary key,
    enterprise_id   uuid          not null,
    tip_id          uuid          not null references tip_tip (id),
    tip_no          varchar(24)   not null,
    kind            varchar(16)   not null,
    amount_yuan     numeric(19, 2),
    description     varchar(500)  not null,
    granted_on      date          not null,
    granted_by_name varchar(100)  not null,
    created_at      timestamp with time zone not null
);
create index tip_internal_reward_enterprise_idx on tip_internal_reward (enterprise_id, granted_on);
