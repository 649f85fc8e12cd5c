package sa.silah.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;

/**
 * The demo catalog of services of an awqaf-services association that is also a general charity, loaded
 * once when no service exists yet, after {@link DemoData} has made the departments. Each service goes
 * through the catalog's own rules, so the demo never shows what an administrator could not enter.
 */
@Component
@Order(20)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private static final String WAQF = "WAQF_SERVICES";
    private static final String SOCIAL = "SOCIAL_CARE";
    private static final String PROGRAMMES = "PROGRAMMES";
    private static final String RELATIONS = "BENEFICIARY_RELATIONS";

    private static final RequiredDocument ID = document("صورة الهوية الوطنية أو الإقامة",
            "Copy of the national ID or Iqama");
    private static final RequiredDocument FAMILY_RECORD = document("صورة سجل الأسرة", "Copy of the family record");
    private static final RequiredDocument INCOME = document("ما يثبت الدخل (تعريف بالراتب أو بيان الضمان الاجتماعي)",
            "Proof of income (salary certificate or social security statement)");
    private static final RequiredDocument IBAN = document("شهادة الآيبان باسم المستفيد",
            "IBAN certificate in the beneficiary's name");

    private static final List<ServiceDetails> SERVICES = List.of(
            service("WAQF_CONSULTATION", "استشارة وقفية", "Waqf consultation",
                    "جلسة مع مختص في الأوقاف للإجابة عن أسئلة الواقفين والنظار في الأحكام الشرعية والإجراءات النظامية للوقف.",
                    "A session with a waqf specialist answering the questions of founders and nazirs on the sharia "
                            + "rulings and regulatory procedures of waqf.",
                    WAQF, "PT4H", List.of(ID), List.of(), true, true),
            service("WAQF_DEED_DOCUMENTATION", "المساندة في توثيق صك الوقف", "Support in documenting a waqf deed",
                    "مساعدة الواقف في تجهيز طلب توثيق الوقف وصياغة شروطه، ومتابعته لدى الجهات المختصة حتى صدور الصك.",
                    "Helping the founder prepare the application to document the waqf and word its conditions, and "
                            + "following it up with the competent authorities until the deed is issued.",
                    WAQF, "P10D", List.of(document("صورة هوية الواقف", "Copy of the founder's ID"),
                            document("صك ملكية العين المراد وقفها", "Title deed of the property to be endowed"),
                            document("مسودة شروط الواقف ومصارف الوقف", "Draft of the founder's conditions and the waqf's beneficiaries"),
                            document("الوكالة الشرعية إن كان المتقدم وكيلًا", "Power of attorney if the applicant is an agent")),
                    List.of("WAQF_FOUNDERS", "NAZIRS"), true, true),
            service("NAZIR_GOVERNANCE", "استشارة في حوكمة النظارة", "Nazir governance advice",
                    "مراجعة ممارسات النظارة وتقديم توصيات في الحوكمة والإفصاح وإدارة أصول الوقف وغلته وفق تنظيمات الهيئة العامة للأوقاف.",
                    "A review of the nazir's practices with recommendations on governance, disclosure and the "
                            + "management of the waqf's assets and revenue under the rules of the General Authority for Awqaf.",
                    WAQF, "P5D", List.of(document("صك النظارة", "Deed of appointment as nazir"),
                            document("صك الوقف", "Waqf deed"),
                            document("آخر قوائم مالية للوقف", "The waqf's latest financial statements")),
                    List.of("NAZIRS"), true, true),
            service("WAQF_ESTABLISHMENT", "الإرشاد في تأسيس وقف", "Guidance on establishing a waqf",
                    "تعريف من يرغب في الوقف بأنواع الأوقاف وخطوات إنشائها، ومساعدته في اختيار مصارف الوقف وصياغة شرط الواقف.",
                    "Introducing those who wish to found a waqf to its kinds and the steps of establishing one, and "
                            + "helping them choose its beneficiaries and word the founder's conditions.",
                    WAQF, "P3D", List.of(ID, document("بيان بالأصول المراد وقفها", "A list of the assets to be endowed")),
                    List.of("WAQF_FOUNDERS"), true, true),
            service("FINANCIAL_ASSISTANCE", "مساعدة مالية", "Financial assistance",
                    "دعم مالي للأسر المستحقة بعد دراسة حالتها الاجتماعية والمالية، وفق لائحة المساعدات المعتمدة في الجمعية.",
                    "Financial support for eligible families after a study of their social and financial situation, "
                            + "under the association's approved assistance rules.",
                    SOCIAL, "P7D", List.of(ID, FAMILY_RECORD, INCOME,
                            document("كشف حساب بنكي لآخر ثلاثة أشهر", "Bank statement of the last three months"), IBAN),
                    List.of("LOW_INCOME", "WIDOWS", "DIVORCEES", "ORPHANS", "PRISONERS_FAMILIES", "ELDERLY",
                            "DISABILITIES"), true, true),
            service("FOOD_BASKET", "سلة غذائية", "Food basket",
                    "سلة شهرية من المواد الغذائية الأساسية، تستلمها الأسرة من مقر الجمعية أو تُوصَل إليها.",
                    "A monthly basket of staple foods, collected by the family at the association or delivered to it.",
                    SOCIAL, "P3D", List.of(ID, FAMILY_RECORD),
                    List.of("LOW_INCOME", "WIDOWS", "ORPHANS", "DIVORCEES", "PRISONERS_FAMILIES", "ELDERLY"), true, true),
            service("RENT_SUPPORT", "دعم سداد الإيجار", "Rent support",
                    "المساهمة في سداد إيجار مسكن الأسر المتعثرة، وتُدفع مباشرة إلى المؤجر عبر منصة إيجار.",
                    "A contribution to the housing rent of families in arrears, paid directly to the landlord "
                            + "through the Ejar platform.",
                    SOCIAL, "P10D", List.of(ID, FAMILY_RECORD,
                            document("عقد الإيجار الموثق في منصة إيجار", "Lease contract registered on the Ejar platform"),
                            INCOME),
                    List.of("LOW_INCOME", "WIDOWS", "DIVORCEES", "PRISONERS_FAMILIES"), true, true),
            service("BILLS_SUPPORT", "دعم سداد فواتير الكهرباء والمياه", "Electricity and water bills support",
                    "المساهمة في سداد فواتير الكهرباء والمياه المتأخرة للأسر التي يحيلها الباحث الاجتماعي.",
                    "A contribution to overdue electricity and water bills of families referred by the social worker.",
                    SOCIAL, "P5D", List.of(ID, document("آخر فاتورة كهرباء أو مياه", "The latest electricity or water bill"),
                            INCOME),
                    List.of("LOW_INCOME", "ELDERLY", "DISABILITIES"), true, false),
            service("SCHOOL_BAG", "الحقيبة المدرسية", "School bag",
                    "حقيبة بمستلزمات العام الدراسي لأبناء الأسر المستفيدة، يُفتح التسجيل فيها قبل بداية كل عام دراسي.",
                    "A bag of the school year's supplies for the children of beneficiary families; registration opens "
                            + "before each school year.",
                    SOCIAL, "P5D", List.of(ID, FAMILY_RECORD,
                            document("ما يثبت قيد الأبناء في المدارس", "Proof that the children are enrolled in school")),
                    List.of("ORPHANS", "LOW_INCOME", "WIDOWS"), false, true),
            service("TRAINING_REGISTRATION", "التسجيل في برنامج تدريبي", "Training programme registration",
                    "التسجيل في البرامج التدريبية والتأهيلية التي تنظمها الجمعية لتمكين المستفيدين من العمل والإنتاج.",
                    "Registration in the association's training and qualification programmes that help beneficiaries "
                            + "into work and production.",
                    PROGRAMMES, "P2D", List.of(ID, document("صورة آخر مؤهل دراسي", "Copy of the latest qualification")),
                    List.of(), true, true),
            service("VOLUNTEER_REGISTRATION", "التسجيل في التطوع", "Volunteer registration",
                    "التسجيل متطوعًا في برامج الجمعية وفرصها التطوعية، وتوثيق الساعات في المنصة الوطنية للعمل التطوعي.",
                    "Registering as a volunteer in the association's programmes and opportunities, with the hours "
                            + "recorded on the National Volunteering Platform.",
                    PROGRAMMES, "P3D", List.of(ID), List.of(), true, true),
            service("GENERAL_INQUIRY", "استفسار عام", "General inquiry",
                    "الإجابة عن الاستفسارات العامة عن الجمعية وخدماتها وبرامجها وطرق التواصل معها.",
                    "Answers to general questions about the association, its services and programmes, and how to "
                            + "reach it.",
                    RELATIONS, "P1D", List.of(), List.of(), true, true));

    private final boolean enabled;
    private final ServiceCatalog catalog;
    private final DepartmentManagement departments;
    private final TransactionTemplate transaction;

    DemoCatalog(@Value("${silah.demo-data:true}") boolean enabled, ServiceCatalog catalog,
            DepartmentManagement departments, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.catalog = catalog;
        this.departments = departments;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || catalog.count() > 0) {
            return;
        }
        Set<String> missing = SERVICES.stream().map(ServiceDetails::department)
                .filter(code -> departments.findByCode(code).isEmpty()).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            log.info("Silah loads no demo services: the demo departments {} do not exist", missing);
            return;
        }
        transaction.executeWithoutResult(status -> SERVICES.forEach(catalog::create));
        log.info("Silah loaded {} demo services", SERVICES.size());
    }

    private static ServiceDetails service(String code, String nameAr, String nameEn, String descriptionAr,
            String descriptionEn, String department, String duration, List<RequiredDocument> documents,
            List<String> segments, boolean active, boolean publicService) {
        return new ServiceDetails(code, nameAr, nameEn, descriptionAr, descriptionEn, department, duration, documents,
                segments, active, publicService);
    }

    private static RequiredDocument document(String nameAr, String nameEn) {
        return new RequiredDocument(nameAr, nameEn);
    }
}
