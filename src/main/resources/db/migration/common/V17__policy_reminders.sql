-- The reminders sent about a published policy version: to a staff member who has not acknowledged it, and to the
-- owner before its review date. One row per version, kind and person, so that nobody is reminded twice.
create table policy_reminder (
    policy_version_id bigint      not null references policy_version (id),
    reminder_kind     varchar(20) not null,
    staff_username    varchar(60) not null,
    sent_at           timestamp with time zone not null,
    primary key (policy_version_id, reminder_kind, staff_username)
);

-- The policies' circulation to the staff (in-app, and by email where a staff member has an address): a published
-- version to read and acknowledge, the reminder to those who have not, and the owner's review reminder.
insert into notification_template (template_key, channel, language, subject, body, whatsapp_template, version) values
    ('POLICY_PUBLISHED', 'EMAIL', 'ar', 'نُشرت سياسة {policyTitle}', 'نُشرت سياسة {policyTitle}، يرجى الاطلاع عليها وتأكيد القراءة: {policyLink}', null, 0),
    ('POLICY_PUBLISHED', 'EMAIL', 'en', 'Policy published: {policyTitle}', 'The policy {policyTitle} was published. Please read it and confirm you have read it: {policyLink}', null, 0),
    ('POLICY_ACKNOWLEDGEMENT_REMINDER', 'EMAIL', 'ar', 'تذكير بتأكيد قراءة سياسة {policyTitle}', 'لم تؤكد بعد قراءة سياسة {policyTitle}، يرجى الاطلاع عليها وتأكيد القراءة: {policyLink}', null, 0),
    ('POLICY_ACKNOWLEDGEMENT_REMINDER', 'EMAIL', 'en', 'Reminder: confirm you have read {policyTitle}', 'You have not yet confirmed reading the policy {policyTitle}. Please read it and confirm: {policyLink}', null, 0),
    ('POLICY_REVIEW_DUE', 'EMAIL', 'ar', 'اقترب موعد مراجعة سياسة {policyTitle}', 'يحين موعد مراجعة سياسة {policyTitle} في {reviewDate} الموافق {reviewDateHijri}، يرجى إعداد مراجعتها: {policyLink}', null, 0),
    ('POLICY_REVIEW_DUE', 'EMAIL', 'en', 'The review of {policyTitle} is near', 'The policy {policyTitle} is due for review on {reviewDate} ({reviewDateHijri}). Please prepare its review: {policyLink}', null, 0);
