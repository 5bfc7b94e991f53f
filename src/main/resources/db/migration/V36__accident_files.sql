-- Photos and documents of an accident (scene photos, the investigation report, the reply…), kept in the file store.
create table accident_file (
    id                uuid primary key,
    accident_id       uuid          not null references accident_accident (id),
    seq               integer       not null,
    file_key          varchar(200)  not null,
    file_type         varchar(8)    not null,
    file_name         varchar(200)  not null,
    size_bytes        bigint        not null,
    sha256            varchar(64)   not null,
    uploaded_by_name  varchar(100)  not null,
    uploaded_at       timestamp with time zone not null,
    constraint accident_file_seq_uq unique (accident_id, seq)
);
