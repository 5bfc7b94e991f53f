-- Spring Modulith event publication registry (portable H2/PostgreSQL form of its v2 schema)
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Client-supplied Idempotency-Key → the resource the first request created
create table common_idempotency_key (
    owner       varchar(64)  not null,
    idem_key    varchar(128) not null,
    resource_id uuid         not null,
    created_at  timestamp with time zone not null,
    primary key (owner, idem_key)
);
