-- Attendance at activities, the reminder before them and the certificate of attendance. attended is null until an
-- officer records it; reminded_at keeps each registration to one reminder (set by a conditional update, so two
-- nodes never both send it); certificate_number is issued once, on the first download, and never changes.
alter table activity_registration add column attended boolean;
alter table activity_registration add column attendance_recorded_at timestamp with time zone;
alter table activity_registration add column attendance_recorded_by varchar(60);
alter table activity_registration add column reminded_at timestamp with time zone;
alter table activity_registration add column certificate_number varchar(40);
alter table activity_registration add constraint activity_registration_certificate_uk unique (certificate_number);
create index activity_registration_reminder_idx on activity_registration (status, reminded_at, activity_id);
create index activity_starts_idx on activity (starts_at, status);

-- The satisfaction survey after an activity names the activity and the registration it asks about; a unique key on
-- the registration keeps it to one invitation per attendee.
alter table survey_invitation add column activity_id uuid;
alter table survey_invitation add column activity_registration_id uuid;
alter table survey_invitation add constraint survey_invitation_activity_registration_uk unique (activity_registration_id);
create index survey_invitation_activity_idx on survey_invitation (activity_id);

-- What the beneficiary is told about their activities, on their channel, for the purpose NOTIFICATIONS, and the
-- invitation to rate an activity they attended (SATISFACTION_SURVEYS).
insert into notification_template (template_key, channel, language, subject, body, whatsapp_template, version) values
    ('ACTIVITY_REGISTERED', 'SMS', 'ar', null, 'تم تسجيلك في «{activityTitle}» يوم {activityDate} ({activityDateHijri}) في {activityWhere}. تفاصيلها في بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_REGISTERED', 'WHATSAPP', 'ar', null, 'تم تسجيلك في «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri} الساعة {activityTime} في {activityWhere}. تفاصيلها في بوابتك: {portalLink}', 'silah_activity_registered', 0),
    ('ACTIVITY_REGISTERED', 'EMAIL', 'ar', 'تم تسجيلك في {activityTitle}', 'تم تسجيلك في «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri} الساعة {activityTime}، المكان: {activityWhere}. يمكنك متابعة تسجيلك أو إلغاؤه من بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_REGISTERED', 'SMS', 'en', null, 'You are registered for "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityWhere}. Details in your portal: {portalLink}', null, 0),
    ('ACTIVITY_REGISTERED', 'WHATSAPP', 'en', null, 'You are registered for "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityTime}, {activityWhere}. Details in your portal: {portalLink}', 'silah_activity_registered', 0),
    ('ACTIVITY_REGISTERED', 'EMAIL', 'en', 'You are registered for {activityTitle}', 'You are registered for "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityTime}, place: {activityWhere}. Follow or cancel your registration in your portal: {portalLink}', null, 0),
    ('ACTIVITY_WAITLISTED', 'SMS', 'ar', null, 'اكتملت مقاعد «{activityTitle}» ({activityDate})، وسُجّلت في قائمة الانتظار وسنبلغك إن توفر مقعد. بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_WAITLISTED', 'WHATSAPP', 'ar', null, 'اكتملت مقاعد «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri}، وسُجّلت في قائمة الانتظار وسنبلغك إن توفر مقعد. بوابتك: {portalLink}', 'silah_activity_waitlisted', 0),
    ('ACTIVITY_WAITLISTED', 'EMAIL', 'ar', 'أنت في قائمة انتظار {activityTitle}', 'اكتملت مقاعد «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri} في {activityWhere}، وسُجّلت في قائمة الانتظار. سنبلغك فور توفر مقعد لك. بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_WAITLISTED', 'SMS', 'en', null, '"{activityTitle}" ({activityDate}) is full; you are on the waiting list and we will tell you if a place frees. Your portal: {portalLink}', null, 0),
    ('ACTIVITY_WAITLISTED', 'WHATSAPP', 'en', null, '"{activityTitle}" on {activityDate} ({activityDateHijri}) is full; you are on the waiting list and we will tell you if a place frees. Your portal: {portalLink}', 'silah_activity_waitlisted', 0),
    ('ACTIVITY_WAITLISTED', 'EMAIL', 'en', 'You are on the waiting list of {activityTitle}', '"{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityWhere} is full, and you are on its waiting list. We will tell you as soon as a place is yours. Your portal: {portalLink}', null, 0),
    ('ACTIVITY_PLACE_OFFERED', 'SMS', 'ar', null, 'توفر لك مقعد في «{activityTitle}» يوم {activityDate} ({activityDateHijri}) في {activityWhere}. بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_PLACE_OFFERED', 'WHATSAPP', 'ar', null, 'توفر لك مقعد في «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri} الساعة {activityTime} في {activityWhere}. إن لم تستطع الحضور ألغِ تسجيلك من بوابتك: {portalLink}', 'silah_activity_place_offered', 0),
    ('ACTIVITY_PLACE_OFFERED', 'EMAIL', 'ar', 'توفر لك مقعد في {activityTitle}', 'توفر لك مقعد في «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri} الساعة {activityTime}، المكان: {activityWhere}. إن لم تستطع الحضور فألغِ تسجيلك من بوابتك ليستفيد غيرك: {portalLink}', null, 0),
    ('ACTIVITY_PLACE_OFFERED', 'SMS', 'en', null, 'A place is yours in "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityWhere}. Your portal: {portalLink}', null, 0),
    ('ACTIVITY_PLACE_OFFERED', 'WHATSAPP', 'en', null, 'A place is yours in "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityTime}, {activityWhere}. If you cannot come, cancel in your portal: {portalLink}', 'silah_activity_place_offered', 0),
    ('ACTIVITY_PLACE_OFFERED', 'EMAIL', 'en', 'A place is yours in {activityTitle}', 'A place is yours in "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityTime}, place: {activityWhere}. If you cannot come, please cancel in your portal so that someone else can: {portalLink}', null, 0),
    ('ACTIVITY_CANCELLED', 'SMS', 'ar', null, 'نعتذر، أُلغي «{activityTitle}» المقرر يوم {activityDate}. السبب: {reason}. بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_CANCELLED', 'WHATSAPP', 'ar', null, 'نعتذر، أُلغي «{activityTitle}» المقرر يوم {activityDate} الموافق {activityDateHijri}. السبب: {reason}. بوابتك: {portalLink}', 'silah_activity_cancelled', 0),
    ('ACTIVITY_CANCELLED', 'EMAIL', 'ar', 'إلغاء {activityTitle}', 'نعتذر إليك، فقد أُلغي «{activityTitle}» المقرر يوم {activityDate} الموافق {activityDateHijri}. السبب: {reason}. تجد برامجنا القادمة في بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_CANCELLED', 'SMS', 'en', null, 'We are sorry: "{activityTitle}" on {activityDate} is cancelled. Reason: {reason}. Your portal: {portalLink}', null, 0),
    ('ACTIVITY_CANCELLED', 'WHATSAPP', 'en', null, 'We are sorry: "{activityTitle}" on {activityDate} ({activityDateHijri}) is cancelled. Reason: {reason}. Your portal: {portalLink}', 'silah_activity_cancelled', 0),
    ('ACTIVITY_CANCELLED', 'EMAIL', 'en', '{activityTitle} is cancelled', 'We are sorry: "{activityTitle}" on {activityDate} ({activityDateHijri}) is cancelled. Reason: {reason}. Our coming programmes are in your portal: {portalLink}', null, 0),
    ('ACTIVITY_REMINDER', 'SMS', 'ar', null, 'تذكير: «{activityTitle}» يوم {activityDate} ({activityDateHijri}) الساعة {activityTime} في {activityWhere}. بوابتك: {portalLink}', null, 0),
    ('ACTIVITY_REMINDER', 'WHATSAPP', 'ar', null, 'تذكير: موعدك مع «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri} الساعة {activityTime} في {activityWhere}. إن لم تستطع الحضور ألغِ تسجيلك من بوابتك: {portalLink}', 'silah_activity_reminder', 0),
    ('ACTIVITY_REMINDER', 'EMAIL', 'ar', 'تذكير بموعد {activityTitle}', 'نذكّرك بموعد «{activityTitle}» يوم {activityDate} الموافق {activityDateHijri} الساعة {activityTime}، المكان: {activityWhere}. إن لم تستطع الحضور فألغِ تسجيلك من بوابتك ليستفيد غيرك: {portalLink}', null, 0),
    ('ACTIVITY_REMINDER', 'SMS', 'en', null, 'Reminder: "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityTime}, {activityWhere}. Your portal: {portalLink}', null, 0),
    ('ACTIVITY_REMINDER', 'WHATSAPP', 'en', null, 'Reminder: "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityTime}, {activityWhere}. If you cannot come, cancel in your portal: {portalLink}', 'silah_activity_reminder', 0),
    ('ACTIVITY_REMINDER', 'EMAIL', 'en', 'Reminder: {activityTitle}', 'A reminder of "{activityTitle}" on {activityDate} ({activityDateHijri}) at {activityTime}, place: {activityWhere}. If you cannot come, please cancel in your portal so that someone else can: {portalLink}', null, 0),
    ('ACTIVITY_SURVEY', 'SMS', 'ar', null, 'شكرًا لحضورك «{activityTitle}». رأيك يهمنا: قيّمه خلال أقل من دقيقة {surveyLink}', null, 0),
    ('ACTIVITY_SURVEY', 'WHATSAPP', 'ar', null, 'شكرًا لحضورك «{activityTitle}». رأيك يهمنا: قيّمه خلال أقل من دقيقة {surveyLink}', 'silah_activity_survey', 0),
    ('ACTIVITY_SURVEY', 'EMAIL', 'ar', 'رأيك في {activityTitle}', 'شكرًا لحضورك «{activityTitle}». رأيك يهمنا ويساعدنا على التحسين، قيّمه خلال أقل من دقيقة: {surveyLink} — الرابط صالح حتى {expiryDate}.', null, 0),
    ('ACTIVITY_SURVEY', 'SMS', 'en', null, 'Thank you for attending "{activityTitle}". Your opinion matters: rate it in under a minute {surveyLink}', null, 0),
    ('ACTIVITY_SURVEY', 'WHATSAPP', 'en', null, 'Thank you for attending "{activityTitle}". Your opinion matters: rate it in under a minute {surveyLink}', 'silah_activity_survey', 0),
    ('ACTIVITY_SURVEY', 'EMAIL', 'en', 'Your opinion of {activityTitle}', 'Thank you for attending "{activityTitle}". Your opinion matters and helps us improve: rate it in under a minute: {surveyLink} — the link works until {expiryDate}.', null, 0);
