-- Question bank, exams and attempts (module training).
create table training_question (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    sectors       varchar(200)  not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    -- SINGLE 单选, MULTIPLE 多选, JUDGE 判断
    type          varchar(16)   not null,
    stem          varchar(1000) not null,
    -- options one per line (A, B, C… in order); 判断 has none
    options       varchar(2000) not null,
    -- letters of the right options in order (A, AC); 判断: T or F
    answer        varchar(10)   not null,
    explanation   varchar(1000) not null,
    source        varchar(200)  not null,
    tag_sector    varchar(50)   not null,
    tag_position  varchar(100)  not null,
    tag_topic     varchar(100)  not null
);

create table training_exam (
    id               uuid primary key,
    enterprise_id    uuid          not null,
    region_code      varchar(12)   not null,
    sectors          varchar(200)  not null,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    title            varchar(200)  not null,
    -- FIXED: the listed questions; DRAWN: counts per type and tag
    mode             varchar(8)    not null,
    question_ids     varchar(4000) not null,
    -- rules, one per line: TYPE:count[:tag]  e.g. SINGLE:5:电工
    draw_rules       varchar(1000) not null,
    points_each      integer       not null,
    pass_mark        integer       not null,
    minutes          integer       not null,
    multiple_partial boolean       not null,
    self_test        boolean       not null
);

create table training_attempt (
    id            uuid primary key,
    enterprise_id uuid          not null,
    region_code   varchar(12)   not null,
    sectors       varchar(200)  not null,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    exam_id       uuid          not null references training_exam (id),
    person_id     uuid          not null references training_person (id),
    self_test     boolean       not null,
    high_risk     boolean       not null,
    started_at    timestamp with time zone not null,
    deadline      timestamp with time zone not null,
    -- the paper: one line per question, "questionId:permutation" (e.g. 0192…:CABD)
    paper         varchar(8000) not null,
    -- saved answers: one line per question, "questionId:original letters"
    answers       varchar(8000) not null,
    submitted_at  timestamp with time zone,
    score         integer,
    max_score     integer,
    passed        boolean
);
create index training_attempt_person on training_attempt (person_id);
create index training_attempt_exam on training_attempt (exam_id);

-- Wrong answers one row per question, for the most-failed statistics (set-based).
create table training_attempt_wrong (
    attempt_id    uuid not null references training_attempt (id),
    question_id   uuid not null,
    enterprise_id uuid not null,
    region_code   varchar(12) not null,
    primary key (attempt_id, question_id)
);
