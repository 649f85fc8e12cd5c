-- Staff are told when a beneficiary answers from the portal: the documents asked for arrived, or a reply.
-- In-app messages take the email texts.
insert into notification_template (template_key, channel, language, subject, body, whatsapp_template, version) values
    ('DOCUMENTS_RECEIVED', 'EMAIL', 'ar', 'وصلت مستندات الطلب {referenceNumber}', 'أرسل المستفيد المستندات المطلوبة للطلب {referenceNumber} ({serviceName})، وعاد الطلب إلى المعالجة. الموعد المتوقع {dueDate} الموافق {dueDateHijri}.', null, 0),
    ('DOCUMENTS_RECEIVED', 'EMAIL', 'en', 'Documents arrived for request {referenceNumber}', 'The beneficiary sent the documents asked for request {referenceNumber} ({serviceName}); it is back in progress, due {dueDate} ({dueDateHijri}).', null, 0),
    ('BENEFICIARY_REPLIED', 'EMAIL', 'ar', 'رد المستفيد على الطلب {referenceNumber}', 'كتب المستفيد ردًا على الطلب {referenceNumber} ({serviceName}) من بوابة المستفيد.', null, 0),
    ('BENEFICIARY_REPLIED', 'EMAIL', 'en', 'The beneficiary replied on request {referenceNumber}', 'The beneficiary wrote about request {referenceNumber} ({serviceName}) from the portal.', null, 0);
