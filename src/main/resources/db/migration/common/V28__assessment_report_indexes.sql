-- The needs assessment's reports: each beneficiary's latest verified assessment is found from this index (the
-- newest verified one of the beneficiary, with nothing newer), and the re-assessment list reads the verified ones
-- by the day they lapse.
create index assessment_latest_verified_idx on assessment (beneficiary_id, status, verified_at);
create index assessment_status_valid_until_idx on assessment (status, valid_until);
