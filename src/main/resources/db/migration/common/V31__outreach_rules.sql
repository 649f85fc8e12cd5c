-- Standing outreach rules: one row per rule that outreach runs, switched on or off and with its threshold in the
-- rule's unit (MISSING_DOCUMENTS in calendar days, HIGH_NEED_NO_CONTACT in months). ASSESSMENT_LAPSING is run by the
-- needs assessment module with its own setting and has no row here.
create table outreach_rule (
    code        varchar(40) primary key,
    enabled     boolean not null,
    threshold   integer not null,
    updated_by  varchar(60),
    updated_at  timestamp with time zone,
    version     bigint not null
);
insert into outreach_rule (code, enabled, threshold, updated_by, updated_at, version) values
    ('MISSING_DOCUMENTS', true, 5, null, null, 0),
    ('HIGH_NEED_NO_CONTACT', true, 3, null, null, 0);

-- Each waiting period of a request that was reminded of its documents: the request and the instant it began to wait
-- (request.paused_since), so that a period is reminded once and a later one anew.
create table documents_reminder (
    request_id      uuid not null references request (id),
    awaiting_since  timestamp with time zone not null,
    reminded_at     timestamp with time zone not null,
    primary key (request_id, awaiting_since)
);
-- The rule looks for the requests awaiting their beneficiary since before a day.
create index request_awaiting_since_idx on request (status, paused_since);
-- It looks for the valid high-need assessments.
create index assessment_level_valid_idx on assessment (status, need_level, valid_until);

-- Calls the standing rules ask officers to make. open_key (rule:beneficiary) is set while the task is open and cleared
-- on closing: unique, it keeps a beneficiary from having two open tasks of one rule (a partial unique index would say
-- it more directly, but H2 has none). Closed tasks keep who closed them (an officer, or "job" when a contact showed on
-- the timeline) and when.
create table call_task (
    id             uuid primary key,
    beneficiary_id uuid not null references beneficiary (id),
    rule           varchar(40)  not null,
    reason_key     varchar(100) not null,
    reason_params  varchar(500) not null,
    created_at     timestamp with time zone not null,
    due_on         date not null,
    status         varchar(12)  not null,
    open_key       varchar(100),
    done_by        varchar(60),
    done_at        timestamp with time zone,
    note           varchar(1000),
    version        bigint not null,
    constraint call_task_open_key_uk unique (open_key)
);
-- The officers' list by status (open ones by due day, closed ones the latest first), the job's closing of open tasks
-- by rule, and its look for a beneficiary's open or recently closed task.
create index call_task_status_due_idx on call_task (status, due_on, created_at);
create index call_task_status_done_idx on call_task (status, done_at);
create index call_task_beneficiary_idx on call_task (beneficiary_id, rule, done_at);

-- The reminder the beneficiary receives on their channel (purpose NOTIFICATIONS), in Arabic and English.
insert into notification_template (template_key, channel, language, subject, body, whatsapp_template, version) values
    ('DOCUMENTS_REMINDER', 'SMS', 'ar', null, 'تذكير: طلبك {referenceNumber} ما زال بانتظار: {missingDocuments}. أرسلها عبر بوابتك: {portalLink}', null, 0),
    ('DOCUMENTS_REMINDER', 'WHATSAPP', 'ar', null, 'تذكير: طلبك {referenceNumber} ({serviceName}) ما زال بانتظار ما يلي منك: {missingDocuments}. يمكنك إرساله عبر بوابتك: {portalLink} أو متابعة الطلب: {trackingLink}', 'silah_documents_reminder', 0),
    ('DOCUMENTS_REMINDER', 'EMAIL', 'ar', 'تذكير: طلبك {referenceNumber} بانتظار مستنداتك', 'نذكّركم بأن طلبكم {referenceNumber} ({serviceName}) ما زال بانتظار ما يلي منكم: {missingDocuments}. ويتوقف احتساب مدة إنجازه حتى نستلمه. يمكنكم إرساله عبر بوابتكم: {portalLink} أو متابعة الطلب: {trackingLink}', null, 0),
    ('DOCUMENTS_REMINDER', 'SMS', 'en', null, 'Reminder: your request {referenceNumber} still awaits: {missingDocuments}. Send it in your portal: {portalLink}', null, 0),
    ('DOCUMENTS_REMINDER', 'WHATSAPP', 'en', null, 'Reminder: your request {referenceNumber} ({serviceName}) still awaits the following from you: {missingDocuments}. Send it in your portal: {portalLink} or track the request at {trackingLink}', 'silah_documents_reminder', 0),
    ('DOCUMENTS_REMINDER', 'EMAIL', 'en', 'Reminder: your request {referenceNumber} awaits your documents', 'This is a reminder that your request {referenceNumber} ({serviceName}) still awaits the following from you: {missingDocuments}. The time to complete it stands still until we receive it. Send it in your portal: {portalLink} or track the request at {trackingLink}', null, 0);
