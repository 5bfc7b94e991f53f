create table notify_notification (
    id           uuid primary key,
    recipient_id uuid          not null,
    title        varchar(200)  not null,
    body         varchar(2000) not null,
    link         varchar(500),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone
);
create index notify_notification_recipient_idx on notify_notification (recipient_id, created_at);
