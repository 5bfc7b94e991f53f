-- Hashes of the passwords a user had before the current one: a new password may not be any of the last five
-- (the current one and the four before it, see identity.PasswordPolicy.HISTORY).
create table identity_password_history (
    id            uuid primary key,
    user_id       uuid         not null references identity_user (id),
    password_hash varchar(255) not null,
    replaced_at   timestamp with time zone not null
);
create index identity_password_history_user_idx on identity_password_history (user_id, replaced_at);
