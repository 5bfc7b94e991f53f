create table identity_user (
    id                   uuid primary key,
    username             varchar(64)  not null,
    display_name         varchar(100) not null,
    password_hash        varchar(200) not null,
    role                 varchar(32)  not null,
    region_code          varchar(12),
    department_id        uuid,
    enterprise_id        uuid,
    phone                varchar(32),
    enabled              boolean      not null,
    must_change_password boolean      not null,
    failed_attempts      int          not null,
    locked_until         timestamp with time zone,
    created_at           timestamp with time zone not null,
    version              bigint       not null,
    constraint identity_user_username_uk unique (username)
);
create index identity_user_region_idx on identity_user (region_code);
create index identity_user_enterprise_idx on identity_user (enterprise_id);

create table identity_api_token (
    id           uuid primary key,
    user_id      uuid         not null references identity_user (id),
    name         varchar(64)  not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    expires_at   timestamp with time zone,
    revoked      boolean      not null,
    constraint identity_api_token_hash_uk unique (token_hash)
);
create index identity_api_token_user_idx on identity_api_token (user_id);
