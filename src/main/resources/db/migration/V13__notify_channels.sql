-- Notification channels: e-mail, 企业微信/钉钉 group robots, SMS; a delivery log that doubles as the per-target
-- de-duplication key, so a resubmitted publication never sends the same notice twice to the same target.

-- identity owns the user table; e-mail is what the mail channel reads through UserAccounts
alter table identity_user add column email varchar(254);

-- one row (id = 1) once an administrator saved the SMTP settings; without it the application properties apply
create table notify_mail_settings (
    id           int primary key,
    enabled      boolean      not null,
    host         varchar(255),
    port         int          not null,
    security     varchar(16)  not null,
    from_address varchar(254),
    username     varchar(254),
    password     varchar(500),
    updated_at   timestamp with time zone not null,
    version      bigint       not null
);

create table notify_robot (
    id            uuid primary key,
    kind          varchar(16)  not null,
    name          varchar(100) not null,
    webhook_url   varchar(500) not null,
    secret        varchar(200),
    enterprise_id uuid,
    region_code   varchar(12),
    sectors       varchar(200),
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null
);
create index notify_robot_enterprise_idx on notify_robot (enterprise_id);

-- one row per notice, channel and target; target_key is a SHA-256 of the unmasked target, target the masked form
create table notify_delivery (
    id          uuid primary key,
    notice_id   uuid         not null,
    topic       varchar(100) not null,
    channel     varchar(16)  not null,
    target_key  varchar(64)  not null,
    target      varchar(200) not null,
    status      varchar(16)  not null,
    attempts    int          not null,
    error       varchar(500),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint notify_delivery_target_uk unique (notice_id, channel, target_key)
);
create index notify_delivery_updated_idx on notify_delivery (updated_at);
