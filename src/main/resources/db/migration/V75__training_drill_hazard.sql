-- A drill's finding (one item of its 不足, numbered from 1) turned into a hazard at the enterprise, once per item.
create table training_drill_hazard (
    id               uuid primary key,
    enterprise_id    uuid          not null,
    region_code      varchar(12)   not null,
    sectors          varchar(200)  not null,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    drill_id         uuid          not null references training_drill (id),
    item_no          integer       not null,
    finding          varchar(1000) not null,
    hazard_id        uuid          not null,
    created_by       varchar(100)  not null,
    constraint training_drill_hazard_item unique (drill_id, item_no)
);
