-- Test-only table: records a kernel test draws at random to compare the scope's SQL, JPA and in-memory answers.
create table if not exists test_scope_probe (
    id            uuid         primary key,
    enterprise_id uuid         not null,
    region_code   varchar(12)  not null,
    sectors       varchar(200) not null,
    label         varchar(100),
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
