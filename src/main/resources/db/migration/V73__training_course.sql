-- Training courses and sessions (module training, issue 17 item 3). Scoped tables carry the ScopedRecord columns.
-- A course: what its hours count as (kind: the HoursKind INITIAL, YEARLY, FACTORY, WORKSHOP, TEAM), its hours and
-- its material (documents and video files kept by the FileStore, type checked by content).
create table training_course (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    sectors       varchar(200)  not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    title         varchar(100)  not null,
    kind          varchar(16)   not null,
    hours         numeric(6, 1) not null,
    description   varchar(1000)
);
create index training_course_enterprise on training_course (enterprise_id);

create table training_course_material (
    course_id uuid          not null references training_course (id),
    seq       integer       not null,
    name      varchar(200)  not null,
    file_key  varchar(100)  not null,
    file_type varchar(8)    not null,
    size_bytes bigint       not null,
    sha256    varchar(64)   not null,
    primary key (course_id, seq)
);

-- A session of a course: when, where, by whom; status PLANNED or COMPLETED (hours credited on completion).
create table training_session (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    sectors       varchar(200)  not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    course_id     uuid          not null references training_course (id),
    starts_at     timestamp with time zone not null,
    place         varchar(100)  not null,
    trainer       varchar(50)   not null,
    status        varchar(16)   not null,
    completed_at  timestamp with time zone
);
create index training_session_course on training_session (course_id);
create index training_session_enterprise on training_session (enterprise_id);

-- The people of a session: enrolled beforehand or walked in (signed in without enrolment); present by QR sign-in
-- (method QR) or marked by a manager (MANUAL). One row per session and person.
create table training_attendance (
    id          uuid primary key,
    version     bigint        not null,
    session_id  uuid          not null references training_session (id),
    person_id   uuid          not null references training_person (id),
    enrolled    boolean       not null,
    present     boolean       not null,
    method      varchar(8),
    signed_at   timestamp with time zone,
    constraint training_attendance_once unique (session_id, person_id)
);

-- Hours credited by a session's completion name the session: once per session and person.
alter table training_hours add column session_id uuid;
alter table training_hours add constraint training_hours_session_once unique (session_id, person_id);
