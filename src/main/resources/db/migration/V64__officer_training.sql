-- 执法人员培训记录 (seed 002 task 10, seed 004, seed 003 item 23): the training an enforcement officer attended —
-- date, course, 学时 and organiser. The coverage of a period counts officers with at least one record in it.
create table enforcement_officer_training (
    id              uuid primary key,
    officer_id      uuid          not null references enforcement_officer (id),
    trained_on      date          not null,
    topic           varchar(200)  not null,
    hours           numeric(5,1)  not null,
    organiser       varchar(100)  not null,
    created_by      uuid,
    created_at      timestamp with time zone not null,
    constraint enforcement_officer_training_hours_ck check (hours > 0 and hours <= 200)
);
create index enforcement_officer_training_officer_idx on enforcement_officer_training (officer_id, trained_on);
