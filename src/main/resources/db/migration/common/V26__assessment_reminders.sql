-- Reminders before an assessment lapses: when the officer and the beneficiary were told, so that each verified
-- assessment is reminded once; the daily job looks for the unreminded ones by their validity.
alter table assessment add column reminder_sent_at timestamp with time zone;
create index assessment_reminder_idx on assessment (reminder_sent_at, valid_until);

-- What the beneficiary is told (on their channel, for the purpose NOTIFICATIONS) and what the officer reads in Silah.
insert into notification_template (template_key, channel, language, subject, body, whatsapp_template, version) values
    ('ASSESSMENT_DUE', 'SMS', 'ar', null, 'ينتهي تقدير حاجتكم لدى الجمعية في {validUntil}. لتحديثه عبّئ النموذج في بوابتك: {portalLink}', null, 0),
    ('ASSESSMENT_DUE', 'WHATSAPP', 'ar', null, 'ينتهي تقدير حاجتكم لدى الجمعية في {validUntil} الموافق {validUntilHijri}. لتحديثه عبّئ النموذج في بوابتك: {portalLink}', 'silah_assessment_due', 0),
    ('ASSESSMENT_DUE', 'EMAIL', 'ar', 'اقترب انتهاء تقدير حاجتكم', 'ينتهي تقدير حاجتكم لدى الجمعية في {validUntil} الموافق {validUntilHijri}، وبعده قد لا تُقدَّم لكم بعض الخدمات حتى يُحدَّث. يمكنكم تحديثه بتعبئة النموذج في بوابتكم: {portalLink} أو بالتواصل مع الباحث.', null, 0),
    ('ASSESSMENT_DUE', 'SMS', 'en', null, 'Your needs assessment with the association ends on {validUntil}. Renew it by filling in the form in your portal: {portalLink}', null, 0),
    ('ASSESSMENT_DUE', 'WHATSAPP', 'en', null, 'Your needs assessment with the association ends on {validUntil} ({validUntilHijri}). Renew it by filling in the form in your portal: {portalLink}', 'silah_assessment_due', 0),
    ('ASSESSMENT_DUE', 'EMAIL', 'en', 'Your needs assessment ends soon', 'Your needs assessment with the association ends on {validUntil} ({validUntilHijri}); after that some services may wait until it is renewed. Renew it by filling in the form in your portal: {portalLink} or by contacting your officer.', null, 0),
    ('ASSESSMENT_LAPSING', 'EMAIL', 'ar', 'تقدير حاجة {beneficiaryName} ينتهي قريبًا', 'ينتهي تقدير حاجة {beneficiaryName} الذي أجريته في {validUntil} الموافق {validUntilHijri}، يرجى إعادة التقدير: {assessmentLink}', null, 0),
    ('ASSESSMENT_LAPSING', 'EMAIL', 'en', 'The needs assessment of {beneficiaryName} ends soon', 'The needs assessment of {beneficiaryName} you made ends on {validUntil} ({validUntilHijri}). Please assess again: {assessmentLink}', null, 0);
