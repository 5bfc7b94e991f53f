-- Append-only, hash-chained audit trail. The head row serialises appends across nodes.
create table audit_entry (
    seq          bigint       primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)  not null,
    action       varchar(32)  not null,
    entity_type  varchar(64)  not null,
    entity_id    varchar(64)  not null,
    summary      varchar(500) not null,
    before_state varchar(100000),
    after_state  varchar(100000),
    algorithm    varchar(16)  not null,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);

create table audit_chain_head (
    id        int         primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
