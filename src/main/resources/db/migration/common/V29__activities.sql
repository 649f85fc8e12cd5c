-- Programmes and activities of the annual plan, and the beneficiaries' registrations for them. The registered count
-- is not stored: it is counted under a lock on the activity's row, so concurrent registrations never exceed the
-- capacity.
create table activity (
    id                      uuid primary key,
    kind                    varchar(30) not null,
    title_ar                varchar(200) not null,
    title_en                varchar(200),
    description_ar          varchar(4000) not null,
    description_en          varchar(4000),
    starts_at               timestamp with time zone not null,
    ends_at                 timestamp with time zone not null,
    place                   varchar(300),
    online_link             varchar(500),
    capacity                integer not null,
    registration_opens_at   timestamp with time zone not null,
    registration_closes_at  timestamp with time zone not null,
    service_id              bigint references service_offering (id),
    minimum_need_level      varchar(10),
    age_from                integer,
    age_to                  integer,
    gives_certificate       boolean not null,
    public_listing          boolean not null,
    status                  varchar(20) not null,
    cancel_reason           varchar(1000),
    created_at              timestamp with time zone not null,
    created_by              varchar(60) not null,
    updated_at              timestamp with time zone not null,
    updated_by              varchar(60) not null,
    version                 bigint not null
);
create index activity_status_starts_idx on activity (status, starts_at);
create index activity_public_starts_idx on activity (public_listing, status, starts_at);
create index activity_opens_idx on activity (status, registration_opens_at);

create table activity_segment (
    activity_id   uuid not null references activity (id) on delete cascade,
    segment_code  varchar(40) not null,
    primary key (activity_id, segment_code)
);

create table activity_city (
    activity_id  uuid not null references activity (id) on delete cascade,
    position     integer not null,
    city         varchar(100) not null,
    primary key (activity_id, position)
);

create table activity_registration (
    id               uuid primary key,
    activity_id      uuid not null references activity (id),
    beneficiary_id   uuid not null references beneficiary (id),
    status           varchar(20) not null,
    via              varchar(20) not null,
    registered_at    timestamp with time zone not null,
    registered_by    varchar(60) not null,
    campaign_id      uuid,
    promoted_at      timestamp with time zone,
    cancelled_at     timestamp with time zone,
    cancelled_by     varchar(60),
    version          bigint not null,
    constraint activity_registration_once unique (activity_id, beneficiary_id)
);
create index activity_registration_queue_idx on activity_registration (activity_id, status, registered_at);
create index activity_registration_beneficiary_idx on activity_registration (beneficiary_id, registered_at);
