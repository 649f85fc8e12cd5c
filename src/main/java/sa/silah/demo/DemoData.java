package sa.silah.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.Gender;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.NationalId;
import sa.silah.beneficiary.OrganizationType;
import sa.silah.beneficiary.Relation;
import sa.silah.beneficiary.RepresentativeDetails;
import sa.silah.catalog.Department;
import sa.silah.catalog.Departments;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;

/**
 * Loads the demo data once, on an empty registry. The same seed always gives the same people, so that
 * screenshots and walkthroughs stay comparable. Demo staff share one password: SILAH_ADMIN_PASSWORD when
 * set, otherwise a random one printed once, never a fixed one.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String[] MALE_NAMES = { "محمد", "أحمد", "عبدالله", "عبدالرحمن", "خالد", "سعد", "فهد",
            "سلطان", "ناصر", "تركي", "فيصل", "عبدالعزيز", "ماجد", "يوسف", "إبراهيم", "سلمان", "بندر", "عمر" };
    private static final String[] FEMALE_NAMES = { "فاطمة", "نورة", "سارة", "منيرة", "هيا", "لطيفة", "ريم", "أمل",
            "مها", "عائشة", "حصة", "الجوهرة", "مريم", "أسماء", "هند", "شيخة" };
    private static final String[] FAMILY_NAMES = { "الحربي", "العتيبي", "القحطاني", "الشهري", "الدوسري", "الغامدي",
            "الزهراني", "المطيري", "السبيعي", "الشمري", "العنزي", "السهلي", "البقمي", "الجهني", "الرشيدي", "الخالدي" };
    private static final String[] CITIES = { "الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "بريدة",
            "أبها", "تبوك", "حائل", "الطائف", "الأحساء", "نجران" };
    private static final String[] MOBILE_PREFIXES = { "50", "53", "54", "55", "56", "58", "59" };

    private record Organisation(String name, OrganizationType type, String segment, String contact) {
    }

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("وقف الشيخ عبدالله بن سعد الراجحي الخيري", OrganizationType.WAQF, "WAQF_FOUNDERS", "سعد بن عبدالله الراجحي"),
            new Organisation("وقف آل سليمان على طلبة العلم", OrganizationType.WAQF, "NAZIRS", "سليمان بن محمد آل سليمان"),
            new Organisation("وقف أم خالد لسقيا الماء", OrganizationType.WAQF, "WAQF_FOUNDERS", "خالد بن فهد العتيبي"),
            new Organisation("وقف الأمير للأيتام بمكة المكرمة", OrganizationType.WAQF, "NAZIRS", "ناصر بن تركي الشهري"),
            new Organisation("جمعية البر الخيرية بحي النسيم", OrganizationType.NON_PROFIT, "NON_PROFITS", "منيرة بنت سعد الدوسري"),
            new Organisation("جمعية إطعام لحفظ النعمة - فرع جدة", OrganizationType.NON_PROFIT, "NON_PROFITS", "فيصل بن ماجد الغامدي"),
            new Organisation("جمعية رعاية الأيتام بالمدينة المنورة", OrganizationType.NON_PROFIT, "NON_PROFITS", "عمر بن يوسف الجهني"),
            new Organisation("الجمعية الخيرية لتحفيظ القرآن الكريم بأبها", OrganizationType.NON_PROFIT, "NON_PROFITS", "سعيد بن علي الشهري"),
            new Organisation("شركة الخير للتطوير العقاري", OrganizationType.COMPANY, "WAQF_FOUNDERS", "بندر بن سلطان القحطاني"),
            new Organisation("مؤسسة النماء للاستشارات الوقفية", OrganizationType.COMPANY, "NAZIRS", "عبدالعزيز بن ناصر المطيري"),
            new Organisation("مكتب الضمان الاجتماعي بالرياض", OrganizationType.GOVERNMENT, "NON_PROFITS", "تركي بن سعد السبيعي"),
            new Organisation("وقف بيت الأرامل بالأحساء", OrganizationType.WAQF, "WAQF_FOUNDERS", "هيا بنت عبدالرحمن الخالدي"),
            new Organisation("جمعية تكافل لرعاية ذوي الإعاقة", OrganizationType.NON_PROFIT, "NON_PROFITS", "مها بنت فهد العنزي"),
            new Organisation("وقف العلم النافع بتبوك", OrganizationType.WAQF, "NAZIRS", "إبراهيم بن خالد البقمي"));

    private static final String[][] INDIVIDUAL_SEGMENTS = { { "ORPHANS" }, { "WIDOWS", "LOW_INCOME" }, { "ELDERLY" },
            { "DISABILITIES" }, { "LOW_INCOME" }, { "DIVORCEES", "LOW_INCOME" }, { "PRISONERS_FAMILIES" },
            { "STUDENTS" }, { "WAQF_FOUNDERS" }, { "NAZIRS" }, { "VOLUNTEERS" }, { "ELDERLY", "DISABILITIES" } };

    private final boolean enabled;
    private final String sharedPassword;
    private final BeneficiaryRegistry registry;
    private final StaffManagement staff;
    private final Departments departments;
    private final TransactionTemplate transaction;
    private final Random random = new Random(1447);
    private final Set<String> usedIds = new java.util.HashSet<>();

    DemoData(@Value("${silah.demo-data:true}") boolean enabled, @Value("${silah.admin-password:}") String adminPassword,
            BeneficiaryRegistry registry, StaffManagement staff, Departments departments,
            TransactionTemplate transaction) {
        this.enabled = enabled;
        this.sharedPassword = adminPassword;
        this.registry = registry;
        this.staff = staff;
        this.departments = departments;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || registry.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        List<Department> created = departments.saveAll(List.of(
                new Department("BENEFICIARY_RELATIONS", "علاقات المستفيدين", "Beneficiary relations"),
                new Department("WAQF_SERVICES", "الخدمات الوقفية", "Waqf services"),
                new Department("SOCIAL_CARE", "الرعاية الاجتماعية", "Social care"),
                new Department("PROGRAMMES", "البرامج والتطوع", "Programmes and volunteering")));
        createStaff(created);
        int people = 0;
        for (int i = 0; i < 50; i++) {
            person(i);
            people++;
        }
        ORGANISATIONS.forEach(this::organisation);
        log.info("Silah loaded demo data: {} departments, {} people and {} organisations", created.size(), people,
                ORGANISATIONS.size());
    }

    private void createStaff(List<Department> created) {
        boolean generated = sharedPassword.isBlank();
        String password = generated ? StaffManagement.randomPassword() : sharedPassword;
        record Member(String username, String name, int department, Role role) {
        }
        List<Member> members = List.of(
                new Member("officer", "نورة بنت عبدالله القحطاني", 0, Role.OFFICER),
                new Member("officer2", "خالد بن سعد الحربي", 0, Role.OFFICER),
                new Member("waqf", "فهد بن ناصر العتيبي", 1, Role.STAFF),
                new Member("social", "هند بنت محمد الشهري", 2, Role.STAFF),
                new Member("manager", "عبدالرحمن بن فيصل الدوسري", 0, Role.MANAGER),
                new Member("board", "محمد بن ثامر البدراني", 0, Role.BOARD),
                new Member("board2", "يوسف بن فيتل الحربي", 0, Role.BOARD),
                new Member("board3", "سلطان حميد الجربوعي", 0, Role.BOARD),
                new Member("board4", "ناصر ضيف الله العمري", 0, Role.BOARD),
                new Member("board5", "أنس عبدالرحمن المغامسي", 0, Role.BOARD));
        for (Member member : members) {
            if (!staff.exists(member.username())) {
                staff.create(new StaffAccount(member.username(), member.name(), null,
                        created.get(member.department()).getId(), EnumSet.of(member.role())), password);
            }
        }
        if (generated) {
            log.warn("Silah created demo staff accounts {} with the shared password: {}",
                    members.stream().map(Member::username).toList(), password);
        }
    }

    private void person(int index) {
        boolean male = random.nextInt(100) < 45;
        String first = pick(male ? MALE_NAMES : FEMALE_NAMES);
        String father = pick(MALE_NAMES);
        String grandfather = pick(MALE_NAMES);
        String family = pick(FAMILY_NAMES);
        String fullName = first + (male ? " بن " : " بنت ") + father + " بن " + grandfather + " " + family;
        boolean resident = random.nextInt(10) == 0;
        String[] segments = INDIVIDUAL_SEGMENTS[index % INDIVIDUAL_SEGMENTS.length];
        boolean elderly = List.of(segments).contains("ELDERLY");
        LocalDate birth = LocalDate.of(elderly ? 1940 + random.nextInt(20) : 1965 + random.nextInt(40),
                1 + random.nextInt(12), 1 + random.nextInt(28));
        String mobile = "0" + pick(MOBILE_PREFIXES) + String.format("%07d", random.nextInt(10_000_000));
        boolean hasEmail = random.nextInt(3) == 0;
        Beneficiary beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, fullName, null,
                nationalId(resident ? '2' : '1'), male ? Gender.MALE : Gender.FEMALE, birth,
                resident ? pick(new String[] { "YE", "EG", "SD", "PK", "SY" }) : "SA", pick(CITIES), null, null, null,
                mobile, hasEmail ? "demo" + index + "@example.org" : null,
                random.nextBoolean() ? ContactChannel.SMS : ContactChannel.WHATSAPP, List.of(segments)));
        registry.recordConsent(beneficiary.getId(), ConsentPurpose.SERVICE_DELIVERY, pick(Channel.values()));
        if (random.nextBoolean()) {
            registry.recordConsent(beneficiary.getId(), ConsentPurpose.NOTIFICATIONS, Channel.INTERVIEW);
        }
        if (List.of(segments).contains("WIDOWS") || List.of(segments).contains("LOW_INCOME")
                || List.of(segments).contains("DIVORCEES")) {
            household(beneficiary, family);
        }
    }

    private void household(Beneficiary head, String family) {
        int children = 1 + random.nextInt(5);
        for (int i = 0; i < children; i++) {
            boolean son = random.nextBoolean();
            String name = pick(son ? MALE_NAMES : FEMALE_NAMES) + " " + family;
            LocalDate birth = LocalDate.of(2008 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
            registry.addHouseholdMember(head.getId(), new HouseholdMemberDetails(name,
                    son ? Relation.SON : Relation.DAUGHTER, birth, random.nextBoolean() ? nationalId('1') : null, true));
        }
    }

    private void organisation(Organisation organisation) {
        String registration = (organisation.type() == OrganizationType.WAQF ? "W-" : "")
                + (organisation.type() == OrganizationType.COMPANY ? "10" : "")
                + (100000 + random.nextInt(900000));
        String mobile = "0" + pick(MOBILE_PREFIXES) + String.format("%07d", random.nextInt(10_000_000));
        Beneficiary beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.ORGANIZATION,
                organisation.name(), null, null, null, null, null, pick(CITIES), organisation.type(), registration,
                organisation.contact(), mobile, "info" + Math.abs(organisation.name().hashCode() % 1000) + "@example.org",
                ContactChannel.EMAIL, List.of(organisation.segment())));
        registry.addRepresentative(beneficiary.getId(), new RepresentativeDetails(organisation.contact(),
                organisation.type() == OrganizationType.WAQF ? "ناظر الوقف" : "المدير التنفيذي", mobile, null));
        registry.recordConsent(beneficiary.getId(), ConsentPurpose.SERVICE_DELIVERY, Channel.LETTER);
    }

    private String nationalId(char first) {
        String id;
        do {
            String nine = first + String.format("%08d", random.nextInt(100_000_000));
            id = nine + NationalId.checkDigitFor(nine);
        }
        while (!usedIds.add(id));
        return id;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
