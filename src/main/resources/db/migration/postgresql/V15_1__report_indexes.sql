-- The open backlog by age and SLA state, read from the index alone however many requests are closed.
create index request_open_report_idx on request (status, submitted_at)
    include (sla_state, kind, channel, service_id, department_id, beneficiary_id)
    where status in ('SUBMITTED', 'IN_PROGRESS', 'AWAITING_BENEFICIARY');
-- The beneficiaries served in a period under a filter, read from the index.
create index request_submitted_beneficiary_idx on request (submitted_at)
    include (beneficiary_id, kind, channel, service_id, department_id);
