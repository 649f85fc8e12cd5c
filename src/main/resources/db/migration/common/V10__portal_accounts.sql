-- The beneficiary portal's sign-in: one-time codes (only their salted hash is kept) and the accounts of the
-- beneficiaries who claimed or registered their record.

-- One row per code sent. The id is the login attempt kept in the session, so a code works only in the
-- browser that asked for it. Rows also count the codes sent per mobile and per client address, so that
-- every node applies the same sending limits. Rows older than the limits' window are deleted as codes are sent.
create table otp_challenge (
    id              uuid primary key,
    purpose         varchar(20)  not null,
    mobile          varchar(16)  not null,
    beneficiary_id  uuid references beneficiary (id),
    client_key      varchar(64)  not null,
    salt            varchar(44)  not null,
    code_hash       varchar(64)  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    attempts        integer      not null,
    used_at         timestamp with time zone,
    version         bigint       not null
);
create index otp_challenge_mobile_idx on otp_challenge (mobile, created_at);
create index otp_challenge_client_idx on otp_challenge (client_key, created_at);
create index otp_challenge_created_idx on otp_challenge (created_at);

-- A beneficiary who signs in to the portal. Sessions started before sessions_valid_after are refused:
-- "sign out everywhere" moves it to now.
create table portal_account (
    beneficiary_id        uuid primary key references beneficiary (id),
    mobile                varchar(16) not null,
    sessions_valid_after  timestamp with time zone not null,
    created_at            timestamp with time zone not null,
    last_signed_in_at     timestamp with time zone,
    version               bigint not null
);
create index portal_account_mobile_idx on portal_account (mobile);
