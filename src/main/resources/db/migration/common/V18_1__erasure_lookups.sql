-- What an erasure looks up by the person being erased: requests sent from the public site by their mobile or email,
-- messages by their address or request, survey responses and follow-ups, WhatsApp messages and one-time codes.
create index request_submitter_mobile_idx on request (submitter_mobile);
create index request_submitter_email_idx on request (submitter_email);
create index notification_recipient_idx on notification (recipient);
create index notification_request_id_idx on notification (request_id);
create index survey_response_beneficiary_idx on survey_response (beneficiary_id);
create index follow_up_beneficiary_idx on follow_up (beneficiary_id);
create index unidentified_contact_sender_idx on unidentified_contact (sender);
create index unidentified_contact_beneficiary_idx on unidentified_contact (beneficiary_id);
create index otp_challenge_beneficiary_idx on otp_challenge (beneficiary_id);
