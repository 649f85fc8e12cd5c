-- PDPL data-subject requests: a beneficiary's request to be informed, to access, for a copy, to correct or to destroy
-- their data, numbered DSR-<Hijri year>-<sequence>, answered within 30 calendar days (once extendable by 30 with
-- notice to the beneficiary), identity verified before any answer.
create table data_subject_request (
    id                     uuid primary key,
    reference              varchar(20)   not null,
    hijri_year             integer       not null,
    sequence_number        bigint        not null,
    beneficiary_id         uuid          not null references beneficiary (id),
    requested_right        varchar(10)   not null,
    details                varchar(2000),
    opened_via             varchar(10)   not null,
    channel                varchar(30)   not null,
    opened_by              varchar(60)   not null,
    received_at            timestamp with time zone not null,
    due_at                 timestamp with time zone not null,
    verification_method    varchar(20),
    verification_note      varchar(300),
    verified_by            varchar(60),
    verified_at            timestamp with time zone,
    extension_reason       varchar(1000),
    extended_by            varchar(60),
    extended_at            timestamp with time zone,
    extension_notified_at  timestamp with time zone,
    status                 varchar(12)   not null,
    response               varchar(4000),
    refusal_reason         varchar(30),
    refusal_note           varchar(1000),
    closed_by              varchar(60),
    closed_at              timestamp with time zone,
    version                bigint        not null,
    constraint data_subject_request_reference_uk unique (reference),
    constraint data_subject_request_sequence_uk unique (hijri_year, sequence_number)
);
-- The list's filters (status, right, overdue = open and past due_at) and the beneficiary's own requests.
create index data_subject_request_received_idx on data_subject_request (received_at);
create index data_subject_request_status_idx on data_subject_request (status, received_at);
create index data_subject_request_open_due_idx on data_subject_request (status, due_at);
create index data_subject_request_right_idx on data_subject_request (requested_right, received_at);
create index data_subject_request_beneficiary_idx on data_subject_request (beneficiary_id, received_at);

-- The copy handed over for an ACCESS or COPY request, as it was on the day: JSON and the readable PDF.
create table data_subject_copy (
    request_id  uuid primary key references data_subject_request (id),
    json        bytea not null,
    pdf         bytea not null,
    language    varchar(2) not null,
    made_at     timestamp with time zone not null
);

-- One counter row per Hijri year, as for requests and letters.
create table data_subject_request_sequence (
    hijri_year  integer primary key,
    last_value  bigint not null
);
insert into data_subject_request_sequence (hijri_year, last_value) select hijri_year, 0 from request_sequence;

-- What the beneficiary is told: the extension of the due date (the PDPL asks for notice), the answer, a refusal.
insert into notification_template (template_key, channel, language, subject, body, whatsapp_template, version) values
    ('DATA_REQUEST_EXTENDED', 'SMS', 'ar', null, 'مُدّدت مهلة الرد على طلبك {referenceNumber} بشأن بياناتك الشخصية إلى {dueDate}. السبب: {reason}', null, 0),
    ('DATA_REQUEST_EXTENDED', 'WHATSAPP', 'ar', null, 'مُدّدت مهلة الرد على طلبك {referenceNumber} ({rightName}) إلى {dueDate} الموافق {dueDateHijri}. السبب: {reason}', 'silah_data_request_extended', 0),
    ('DATA_REQUEST_EXTENDED', 'EMAIL', 'ar', 'تمديد مهلة الرد على طلبك {referenceNumber}', 'نحيطك علمًا بأن مهلة الرد على طلبك {referenceNumber} ({rightName}) مُدّدت ثلاثين يومًا إلى {dueDate} الموافق {dueDateHijri}. السبب: {reason}. لمتابعة طلبك: {portalLink}', null, 0),
    ('DATA_REQUEST_EXTENDED', 'SMS', 'en', null, 'The answer to your personal data request {referenceNumber} is extended to {dueDate}. Reason: {reason}', null, 0),
    ('DATA_REQUEST_EXTENDED', 'WHATSAPP', 'en', null, 'The answer to your request {referenceNumber} ({rightName}) is extended to {dueDate} ({dueDateHijri}). Reason: {reason}', 'silah_data_request_extended', 0),
    ('DATA_REQUEST_EXTENDED', 'EMAIL', 'en', 'More time to answer your request {referenceNumber}', 'The time to answer your request {referenceNumber} ({rightName}) is extended by thirty days to {dueDate} ({dueDateHijri}). Reason: {reason}. Follow your request at {portalLink}', null, 0),
    ('DATA_REQUEST_COMPLETED', 'SMS', 'ar', null, 'تم تنفيذ طلبك {referenceNumber} بشأن بياناتك الشخصية ({rightName}). للاطلاع: {portalLink}', null, 0),
    ('DATA_REQUEST_COMPLETED', 'WHATSAPP', 'ar', null, 'تم تنفيذ طلبك {referenceNumber} ({rightName}). للاطلاع: {portalLink}', 'silah_data_request_completed', 0),
    ('DATA_REQUEST_COMPLETED', 'EMAIL', 'ar', 'تم تنفيذ طلبك {referenceNumber}', 'تم تنفيذ طلبك {referenceNumber} بشأن بياناتك الشخصية ({rightName}). يمكنك الاطلاع على الرد وتنزيل نسخة بياناتك إن طلبتها من {portalLink}', null, 0),
    ('DATA_REQUEST_COMPLETED', 'SMS', 'en', null, 'Your personal data request {referenceNumber} ({rightName}) is done. See {portalLink}', null, 0),
    ('DATA_REQUEST_COMPLETED', 'WHATSAPP', 'en', null, 'Your request {referenceNumber} ({rightName}) is done. See {portalLink}', 'silah_data_request_completed', 0),
    ('DATA_REQUEST_COMPLETED', 'EMAIL', 'en', 'Your request {referenceNumber} is done', 'Your personal data request {referenceNumber} ({rightName}) is done. Read the answer, and download your copy if you asked for one, at {portalLink}', null, 0),
    ('DATA_REQUEST_REFUSED', 'SMS', 'ar', null, 'تعذّر تنفيذ طلبك {referenceNumber} بشأن بياناتك الشخصية. السبب: {reason}', null, 0),
    ('DATA_REQUEST_REFUSED', 'WHATSAPP', 'ar', null, 'تعذّر تنفيذ طلبك {referenceNumber} ({rightName}). السبب: {reason}', 'silah_data_request_refused', 0),
    ('DATA_REQUEST_REFUSED', 'EMAIL', 'ar', 'تعذّر تنفيذ طلبك {referenceNumber}', 'نأسف، تعذّر تنفيذ طلبك {referenceNumber} بشأن بياناتك الشخصية ({rightName}). السبب: {reason}. للاستفسار: {portalLink}', null, 0),
    ('DATA_REQUEST_REFUSED', 'SMS', 'en', null, 'Your personal data request {referenceNumber} could not be carried out. Reason: {reason}', null, 0),
    ('DATA_REQUEST_REFUSED', 'WHATSAPP', 'en', null, 'Your request {referenceNumber} ({rightName}) could not be carried out. Reason: {reason}', 'silah_data_request_refused', 0),
    ('DATA_REQUEST_REFUSED', 'EMAIL', 'en', 'Your request {referenceNumber} could not be carried out', 'We are sorry: your personal data request {referenceNumber} ({rightName}) could not be carried out. Reason: {reason}. Questions: {portalLink}', null, 0);
