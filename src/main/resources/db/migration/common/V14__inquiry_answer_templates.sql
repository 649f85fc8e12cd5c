-- An officer's answer to an inquiry, drawn from the knowledge library and edited, sent on the beneficiary's
-- channel: the answer as written, and the request it answers.
insert into notification_template (template_key, channel, language, subject, body, whatsapp_template, version) values
    ('INQUIRY_ANSWER', 'SMS', 'ar', null, '{answer} — استفسارك {referenceNumber}', null, 0),
    ('INQUIRY_ANSWER', 'WHATSAPP', 'ar', null, 'ردًا على استفسارك {referenceNumber}: {answer}', 'silah_inquiry_answer', 0),
    ('INQUIRY_ANSWER', 'EMAIL', 'ar', 'الرد على استفسارك {referenceNumber}', '{answer} — رقم الطلب: {referenceNumber} — يمكنك متابعته من {trackingLink}', null, 0),
    ('INQUIRY_ANSWER', 'SMS', 'en', null, '{answer} — your inquiry {referenceNumber}', null, 0),
    ('INQUIRY_ANSWER', 'WHATSAPP', 'en', null, 'In answer to your inquiry {referenceNumber}: {answer}', 'silah_inquiry_answer', 0),
    ('INQUIRY_ANSWER', 'EMAIL', 'en', 'The answer to your inquiry {referenceNumber}', '{answer} — Request number: {referenceNumber} — follow it at {trackingLink}', null, 0);
