-- A beneficiary can be kept from erasure by a legal hold, and is marked when anonymised (PDPL destruction).
alter table beneficiary add column legal_hold_reason varchar(500);
alter table beneficiary add column legal_hold_by varchar(60);
alter table beneficiary add column legal_hold_at timestamp with time zone;
alter table beneficiary add column anonymised_at timestamp with time zone;
