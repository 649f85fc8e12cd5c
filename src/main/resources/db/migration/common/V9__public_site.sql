-- The public site: who sent a request from the website when no beneficiary record holds their mobile, and the
-- association's own details shown on the site's home page.

-- Kept on the request itself instead of creating a beneficiary from an anonymous web form (data minimisation).
-- An anonymous complaint keeps no name and may keep no mobile.
alter table request add column submitter_name varchar(200);
alter table request add column submitter_mobile varchar(20);
alter table request add column submitter_email varchar(254);

-- One row: what an administrator sets at /admin/site.
create table site_settings (
    id               integer primary key,
    name_ar          varchar(200) not null,
    name_en          varchar(200),
    introduction_ar  varchar(2000),
    introduction_en  varchar(2000),
    phone            varchar(30),
    email            varchar(254),
    address_ar       varchar(500),
    address_en       varchar(500),
    logo             bytea,
    logo_type        varchar(20),
    updated_at       timestamp with time zone,
    updated_by       varchar(60),
    version          bigint not null
);
insert into site_settings (id, name_ar, name_en, introduction_ar, introduction_en, version)
values (1, 'جمعية صلة', 'Silah Association',
        'نخدم المستفيدين من حيث هم: اطلب خدمة، أو اسأل، أو اقترح، أو قدّم شكوى، وتابع طلبك دون تسجيل دخول.',
        'We serve beneficiaries where they are: request a service, ask, suggest or complain, and follow your request without signing in.',
        0);

-- What the public site counts against abuse (forms sent, wrong tracking look-ups), shared by every node. The key is
-- a SHA-256 of what is counted (an address, a mobile, a reference), so no mobile is stored in clear.
create table site_rate_count (
    counter_key     varchar(64) primary key,
    window_ends_at  timestamp with time zone not null,
    hits            integer not null
);
create index site_rate_count_window_idx on site_rate_count (window_ends_at);
