-- PostgreSQL: the latest verified assessment of every beneficiary and what the reports show of it read from the
-- index alone, however many submitted or rejected assessments lie beside them.
create index assessment_latest_verified_covering_idx on assessment (beneficiary_id, verified_at, id)
    include (need_level, valid_until, via, assessed_by, verified_by)
    where status = 'VERIFIED';
