alter table identity_user drop column locked_until;
