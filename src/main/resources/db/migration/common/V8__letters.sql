-- The letters register (الخطابات): incoming and outgoing letters numbered per Hijri year and direction,
-- their counters, the templates of outgoing letters, and the idempotency keys of API registrations.
create table letter (
    id                  uuid primary key,
    number              varchar(20)   not null,
    direction           varchar(10)   not null,
    hijri_year          integer       not null,
    sequence_number     bigint        not null,
    letter_date         date          not null,
    correspondent       varchar(200)  not null,
    subject             varchar(300)  not null,
    body                varchar(10000),
    language            varchar(2)    not null,
    template_code       varchar(40),
    beneficiary_id      uuid references beneficiary (id),
    request_reference   varchar(20) references request (reference_number),
    search_text         varchar(600)  not null,
    registered_by       varchar(60)   not null,
    registered_at       timestamp with time zone not null,
    scan_content_type   varchar(100),
    scan_size_bytes     bigint,
    scan_stored_name    varchar(64),
    scan_uploaded_by    varchar(60),
    scan_uploaded_at    timestamp with time zone,
    version             bigint not null,
    constraint letter_number_uk unique (number),
    constraint letter_sequence_uk unique (direction, hijri_year, sequence_number)
);
create index letter_registered_idx on letter (registered_at, number);
create index letter_year_idx on letter (hijri_year, registered_at);
create index letter_beneficiary_idx on letter (beneficiary_id, registered_at);
create index letter_request_idx on letter (request_reference);

-- One counter row per direction and Hijri year; the migration makes the rows of the years to come.
create table letter_sequence (
    direction   varchar(10) not null,
    hijri_year  integer     not null,
    last_value  bigint      not null,
    primary key (direction, hijri_year)
);
insert into letter_sequence (direction, hijri_year, last_value)
select d.direction, y.hijri_year, 0
from (select 'INCOMING' as direction union all select 'OUTGOING') d
cross join (select hijri_year from request_sequence) y;

create table letter_template (
    code        varchar(40)   primary key,
    name_ar     varchar(100)  not null,
    name_en     varchar(100)  not null,
    subject_ar  varchar(300)  not null,
    subject_en  varchar(300)  not null,
    body_ar     varchar(10000) not null,
    body_en     varchar(10000) not null,
    position    integer       not null,
    updated_by  varchar(60),
    updated_at  timestamp with time zone,
    version     bigint        not null
);
insert into letter_template (code, name_ar, name_en, subject_ar, subject_en, body_ar, body_en, position, version) values
('REQUEST_REPLY', 'رد على طلب', 'Reply to a request',
 'الرد على طلبكم رقم {referenceNumber}', 'Reply to your request {referenceNumber}',
 'المكرم/ {recipient} المحترم
السلام عليكم ورحمة الله وبركاته، وبعد:
فإشارة إلى طلبكم رقم {referenceNumber} بشأن {serviceName}، نفيدكم بأن الجمعية درست الطلب، وأن نتيجته كما يلي:

وتقبلوا خالص التحية والتقدير.',
 'Dear {recipient},
With reference to your request {referenceNumber} concerning {serviceName}, we inform you that the association has studied it, with the following outcome:

Kind regards.',
 1, 0),
('MISSING_DOCUMENTS', 'طلب مستندات ناقصة', 'Request for missing documents',
 'استكمال مستندات الطلب رقم {referenceNumber}', 'Documents missing from request {referenceNumber}',
 'المكرم/ {recipient} المحترم
السلام عليكم ورحمة الله وبركاته، وبعد:
فإشارة إلى طلبكم رقم {referenceNumber} بشأن {serviceName}، نأمل تزويدنا بالمستندات التالية لنتمكن من إكمال دراسته:
-
ويبقى الطلب بانتظار المستندات حتى وصولها.

وتقبلوا خالص التحية والتقدير.',
 'Dear {recipient},
With reference to your request {referenceNumber} concerning {serviceName}, please send us the following documents so that we can complete our study of it:
-
The request waits for these documents until they arrive.

Kind regards.',
 2, 0),
('GENERAL', 'خطاب عام', 'General letter',
 '{subject}', '{subject}',
 'المكرم/ {recipient} المحترم
السلام عليكم ورحمة الله وبركاته، وبعد:


وتقبلوا خالص التحية والتقدير.',
 'Dear {recipient},


Kind regards.',
 3, 0);

-- A retried API registration with the same Idempotency-Key answers the first letter instead of making a second.
create table letter_idempotency (
    idempotency_key  varchar(100) not null,
    caller           varchar(60)  not null,
    body_hash        varchar(64)  not null,
    letter_id        uuid not null references letter (id),
    created_at       timestamp with time zone not null,
    primary key (caller, idempotency_key)
);
