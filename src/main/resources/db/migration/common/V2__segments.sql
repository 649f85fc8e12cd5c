-- The segments a Saudi charity and an awqaf association start with; administrators edit them in Silah.
insert into segment (code, name_ar, name_en, active, sort_order) values
    ('ORPHANS', 'الأيتام', 'Orphans', true, 10),
    ('WIDOWS', 'الأرامل', 'Widows', true, 20),
    ('DIVORCEES', 'المطلقات', 'Divorced women', true, 30),
    ('ELDERLY', 'كبار السن', 'Elderly', true, 40),
    ('DISABILITIES', 'ذوو الإعاقة', 'People with disabilities', true, 50),
    ('LOW_INCOME', 'الأسر منخفضة الدخل', 'Low-income families', true, 60),
    ('PRISONERS_FAMILIES', 'أسر السجناء', 'Prisoners'' families', true, 70),
    ('STUDENTS', 'الطلاب', 'Students', true, 80),
    ('WAQF_FOUNDERS', 'الواقفون', 'Waqf founders', true, 90),
    ('NAZIRS', 'نظّار الأوقاف', 'Waqf administrators (nazirs)', true, 100),
    ('NON_PROFITS', 'الجمعيات والمنظمات غير الربحية', 'Non-profit organisations', true, 110),
    ('VOLUNTEERS', 'المتطوعون', 'Volunteers', true, 120);
