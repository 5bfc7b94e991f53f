-- Idempotency keys are namespaced by operation (module and action) and caller, and keep the request's fingerprint so
-- a key re-used for a different request is refused. Keys are short-lived (days): the old rows are not carried over.
drop table common_idempotency_key;
create table common_idempotency_key (
    operation   varchar(64)  not null,
    caller      varchar(64)  not null,
    idem_key    varchar(128) not null,
    fingerprint varchar(64)  not null,
    resource_id uuid         not null,
    created_at  timestamp with time zone not null,
    primary key (operation, caller, idem_key)
);
create index common_idempotency_key_created_idx on common_idempotency_key (created_at);
