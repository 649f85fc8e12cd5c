package sa.silah.generator;

import java.util.Random;

import sa.silah.beneficiary.NationalId;

/**
 * Realistic Saudi values drawn from a seeded {@link Random}: Arabic names, mobiles and organisation names. National
 * IDs and registration numbers are not random but derived from a sequence number, so that they are unique without a
 * lookup: the number is spread over the eight middle digits by a multiplication that is a bijection modulo 10^8.
 */
final class SaudiValues {

    static final String[] MALE_NAMES = { "محمد", "أحمد", "عبدالله", "عبدالرحمن", "خالد", "سعد", "فهد", "سلطان",
            "ناصر", "تركي", "فيصل", "عبدالعزيز", "ماجد", "يوسف", "إبراهيم", "سلمان", "بندر", "عمر", "علي", "حمد",
            "مشعل", "نايف", "بدر", "منصور", "سعود", "طلال", "راشد", "هشام", "وليد", "ياسر", "عادل", "صالح",
            "عبدالمجيد", "مساعد", "زياد", "حسن", "عثمان", "مازن", "نواف", "عبدالإله" };
    static final String[] FEMALE_NAMES = { "فاطمة", "نورة", "سارة", "منيرة", "هيا", "لطيفة", "ريم", "أمل", "مها",
            "عائشة", "حصة", "الجوهرة", "مريم", "أسماء", "هند", "شيخة", "نوف", "العنود", "دلال", "رهف", "غادة",
            "وفاء", "خلود", "بشرى", "جواهر", "أروى", "لمى", "رنا", "منى", "سلمى" };
    static final String[] FAMILY_NAMES = { "الحربي", "العتيبي", "القحطاني", "الشهري", "الدوسري", "الغامدي",
            "الزهراني", "المطيري", "السبيعي", "الشمري", "العنزي", "السهلي", "البقمي", "الجهني", "الرشيدي", "الخالدي",
            "المالكي", "العمري", "الأحمدي", "السلمي", "الثبيتي", "الرويلي", "الشهراني", "اليامي", "الفيفي",
            "العسيري", "الحارثي", "آل الشيخ", "التميمي", "الدخيل", "الفوزان", "الراجحي",
            "السديري", "العبدالكريم", "الخضيري", "البلوي", "الحازمي", "النعيمي" };
    static final String[] CITIES = { "الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "بريدة", "أبها",
            "تبوك", "حائل", "الطائف", "الأحساء", "نجران", "جازان", "الخبر", "خميس مشيط", "ينبع", "عرعر", "سكاكا" };
    static final String[] RESIDENT_NATIONALITIES = { "YE", "EG", "SD", "PK", "SY", "JO", "IN", "BD" };
    /** The mobile prefixes of the Saudi operators (05X). */
    static final String[] MOBILE_PREFIXES = { "50", "53", "54", "55", "56", "58", "59" };

    private static final String[] WAQF_PURPOSES = { "الخيري", "لسقيا الماء", "على طلبة العلم", "للأيتام",
            "لرعاية الأرامل", "لعمارة المساجد", "للإسكان الخيري", "لكفالة الدعاة" };
    private static final String[] NON_PROFIT_NAMES = { "جمعية البر الخيرية", "جمعية رعاية الأيتام",
            "الجمعية الخيرية لتحفيظ القرآن الكريم", "جمعية إطعام لحفظ النعمة", "جمعية تكافل لرعاية ذوي الإعاقة",
            "جمعية الإسكان التنموي", "جمعية أصدقاء المرضى", "جمعية التنمية الأسرية" };
    private static final String[] COMPANY_ACTIVITIES = { "للتطوير العقاري", "للاستشارات الوقفية", "للمقاولات",
            "للتجارة", "للاستثمار", "للخدمات التعليمية" };
    /** Multiplier coprime to 10^8, so that {@code n * SPREAD mod 10^8} visits every eight-digit number once. */
    private static final long SPREAD = 48_271_397L;
    private static final long EIGHT_DIGITS = 100_000_000L;
    /** Moves the first numbers away from 00000000, which looks like no real ID. */
    private static final long START = 31_415_927L;

    private final Random random;

    SaudiValues(Random random) {
        this.random = random;
    }

    record PersonName(String fullName, boolean male, String family) {
    }

    /** First name, بن/بنت, father, بن, grandfather and family name, as Saudi records write them. */
    PersonName personName() {
        boolean male = random.nextInt(100) < 48;
        String first = pick(male ? MALE_NAMES : FEMALE_NAMES);
        String family = pick(FAMILY_NAMES);
        String full = first + (male ? " بن " : " بنت ") + pick(MALE_NAMES) + " بن " + pick(MALE_NAMES) + " " + family;
        return new PersonName(full, male, family);
    }

    /**
     * The national ID (first digit 1) or Iqama (first digit 2) numbered {@code sequence}; different sequence numbers
     * below 10^8 give different IDs, and every one passes {@link NationalId}'s checks.
     */
    static String nationalId(long sequence, boolean resident) {
        String nine = (resident ? "2" : "1") + "%08d".formatted(Math.floorMod((sequence + START) * SPREAD, EIGHT_DIGITS));
        return nine + NationalId.checkDigitFor(nine);
    }

    /** A registration number of the Ministry of Commerce or the NCNP form, unique per sequence number. */
    static String registrationNumber(long sequence) {
        return "70" + "%08d".formatted(Math.floorMod((sequence + START) * SPREAD, EIGHT_DIGITS));
    }

    /** A Saudi mobile in E.164 form, +9665X followed by seven digits, on an operator's prefix. */
    String mobile() {
        return "+966" + pick(MOBILE_PREFIXES) + "%07d".formatted(random.nextInt(10_000_000));
    }

    String city() {
        return pick(CITIES);
    }

    String residentNationality() {
        return pick(RESIDENT_NATIONALITIES);
    }

    String waqfName(String founderFamily) {
        return "وقف " + pick(MALE_NAMES) + " " + founderFamily + " " + pick(WAQF_PURPOSES);
    }

    String nonProfitName(String city) {
        return pick(NON_PROFIT_NAMES) + " ب" + city;
    }

    String companyName(String family) {
        String name = family.startsWith("ال") ? family.substring(2) : family;
        return "شركة " + name + " " + pick(COMPANY_ACTIVITIES);
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
