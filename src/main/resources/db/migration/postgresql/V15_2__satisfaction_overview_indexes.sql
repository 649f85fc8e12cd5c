-- The satisfaction overview of a dashboard (responses per day, invitations per month, of one group or all) read
-- from indexes alone, however many responses a year holds.
create index survey_response_overview_idx on survey_response (submitted_on)
    include (overall_score, recommend_score, resolved, service_id, department_id, request_kind, channel);
create index survey_invitation_overview_idx on survey_invitation (created_at)
    include (service_id, department_id, request_kind, channel);
