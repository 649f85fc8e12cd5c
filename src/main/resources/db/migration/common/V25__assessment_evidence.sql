-- Needs assessment: the documents that support an answer (a salary certificate, a lease), one row per file, the
-- file itself under silah.assessment.evidence-directory.
create table assessment_evidence (
    id             uuid primary key,
    assessment_id  uuid not null references assessment (id),
    question_code  varchar(40)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    stored_name    varchar(100) not null,
    uploaded_by    varchar(80)  not null,
    uploaded_at    timestamp with time zone not null
);
create index assessment_evidence_assessment_idx on assessment_evidence (assessment_id, question_code);
