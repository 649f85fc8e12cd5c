-- Needs assessment: versions of the forms (the definition, with its questions and scoring rules, as JSON: a
-- version is read whole and never changed), and the assessments of each beneficiary.
create table assessment_form (
    id          uuid primary key,
    code        varchar(40)     not null,
    version_no  integer         not null,
    definition  varchar(200000) not null,
    current     boolean         not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(60)     not null,
    constraint assessment_form_version_uk unique (code, version_no)
);
create index assessment_form_current_idx on assessment_form (current, code);

create table assessment (
    id                 uuid primary key,
    beneficiary_id     uuid not null references beneficiary (id),
    form_id            uuid not null references assessment_form (id),
    answers            varchar(100000) not null,
    sensitive_answers  varchar(20000)  not null,
    household_size     integer     not null,
    dependents         integer     not null,
    score              integer     not null,
    need_level         varchar(10) not null,
    explanation        varchar(20000) not null,
    status             varchar(12) not null,
    via                varchar(12) not null,
    assessed_by        varchar(80) not null,
    assessed_at        timestamp with time zone not null,
    verified_by        varchar(80),
    verified_at        timestamp with time zone,
    rejection_note     varchar(1000),
    valid_until        date,
    version            bigint not null
);
create index assessment_beneficiary_idx on assessment (beneficiary_id, assessed_at);
create index assessment_status_idx on assessment (status, assessed_at);
create index assessment_valid_until_idx on assessment (valid_until);
