-- ShedLock: one row per scheduled job, so a job runs on one node at a time in a cluster.
create table common_shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
