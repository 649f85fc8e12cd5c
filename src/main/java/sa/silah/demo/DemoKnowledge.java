package sa.silah.demo;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.knowledge.DocumentDetails;
import sa.silah.knowledge.DocumentType;
import sa.silah.knowledge.EntryDetails;
import sa.silah.knowledge.EntryKind;
import sa.silah.knowledge.KnowledgeDocument;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.Visibility;
import sa.silah.shared.ArabicPdf;
import sa.silah.shared.Dates;

/**
 * The demo knowledge library: the association's bylaws outline, its plan for 2026, its report for 2025 and its
 * beneficiary-relations policy as real Arabic PDFs, about twenty FAQ entries and a few canned answers, so that the
 * public documents and FAQ pages and the officers' search show what they are for. Only on a demo installation
 * with its catalog and an empty library; after the other demo loaders.
 */
@Component
@Order(70)
class DemoKnowledge implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledge.class);
    private static final String ADMIN = "admin";
    private static final String MANAGER = "manager";
    private static final String AUTHOR = "جمعية صلة";
    /** Marks a line of a page as a heading. */
    private static final String HEADING = "## ";

    /** A document as it is printed: its description and its pages, each a list of headings and paragraphs. */
    private record Demo(DocumentType type, String titleAr, String titleEn, int year, Visibility visibility,
            String fileName, List<List<String>> pages) {
    }

    private static final Demo BYLAWS = new Demo(DocumentType.BYLAWS, "النظام الأساسي لجمعية صلة",
            "Bylaws of Silah Association", 2024, Visibility.PUBLIC, "silah-bylaws.pdf", List.of(
            List.of(HEADING + "الباب الأول: أحكام عامة",
                    "المادة (1) اسم الجمعية: جمعية صلة، جمعية أهلية مسجلة لدى المركز الوطني لتنمية القطاع غير الربحي، "
                            + "تعمل وفق نظام الجمعيات والمؤسسات الأهلية ولائحته التنفيذية وهذا النظام.",
                    "المادة (2) مقر الجمعية: يكون مقر الجمعية الرئيس في مدينة الرياض، ولها بقرار من الجمعية العمومية "
                            + "أن تفتح فروعًا أو مكاتب داخل المملكة العربية السعودية.",
                    "المادة (3) نطاق الخدمات: تقدم الجمعية خدماتها للأفراد والأسر والأوقاف والجهات غير الربحية في "
                            + "منطقة عملها دون تمييز، وفق شروط الاستحقاق التي يعتمدها مجلس الإدارة.",
                    HEADING + "الباب الثاني: أهداف الجمعية",
                    "المادة (4) تهدف الجمعية إلى ما يلي:",
                    "1- خدمة الأوقاف والواقفين والنظار بالاستشارة والإرشاد والمساندة في توثيق الأوقاف وحوكمتها.",
                    "2- تقديم المساعدات المالية والعينية للأسر المحتاجة والأيتام والأرامل وكبار السن وذوي الإعاقة.",
                    "3- تمكين المستفيدين بالتدريب والتأهيل ليعتمدوا على أنفسهم في العمل والإنتاج.",
                    "4- تنظيم العمل التطوعي وإتاحة فرصه لأفراد المجتمع.",
                    "5- بناء علاقة مع المستفيدين قائمة على الاحترام والشفافية وسرعة الإنجاز وقياس رضاهم."),
            List.of(HEADING + "الباب الثالث: العضوية",
                    "المادة (5) أنواع العضوية: عضو عامل، وعضو منتسب، وعضو فخري تمنحه الجمعية العمومية لمن قدم للجمعية "
                            + "خدمات جليلة.",
                    "المادة (6) شروط العضوية العاملة: أن يكون سعودي الجنسية، أتم الثامنة عشرة من عمره، كامل الأهلية، "
                            + "غير محكوم عليه بجريمة مخلة بالشرف والأمانة ما لم يرد إليه اعتباره، وأن يسدد الاشتراك السنوي.",
                    "المادة (7) تسقط العضوية بالوفاة، أو الانسحاب بطلب مكتوب، أو فقد أحد شروطها، أو التأخر في سداد "
                            + "الاشتراك أكثر من ستة أشهر بعد إنذار العضو.",
                    HEADING + "الباب الرابع: الجمعية العمومية",
                    "المادة (8) تتكون الجمعية العمومية من جميع الأعضاء العاملين الذين مضت على عضويتهم ستة أشهر على "
                            + "الأقل وأوفوا بالتزاماتهم.",
                    "المادة (9) تجتمع الجمعية العمومية اجتماعًا عاديًا مرة في السنة على الأقل خلال أربعة أشهر من "
                            + "انتهاء السنة المالية، وتختص باعتماد التقرير السنوي والحساب الختامي والميزانية التقديرية، "
                            + "وانتخاب أعضاء مجلس الإدارة، وتعيين المراجع الخارجي وتحديد أتعابه.",
                    "المادة (10) يصح اجتماع الجمعية العمومية بحضور أغلبية أعضائها، فإن لم يكتمل النصاب عُقد الاجتماع "
                            + "الثاني بعد ساعة بمن حضر، وتصدر القرارات بأغلبية أصوات الحاضرين.",
                    HEADING + "الباب الخامس: مجلس الإدارة",
                    "المادة (11) يتولى إدارة الجمعية مجلس إدارة من خمسة أعضاء تنتخبهم الجمعية العمومية لمدة أربع "
                            + "سنوات، ويجوز إعادة انتخابهم.",
                    "المادة (12) ينتخب المجلس من بين أعضائه رئيسًا ونائبًا للرئيس ومشرفًا ماليًا، ويجتمع مرة كل "
                            + "ثلاثة أشهر على الأقل.",
                    "المادة (13) يختص المجلس برسم سياسات الجمعية واعتماد لوائحها وخطتها السنوية، وتعيين المدير "
                            + "التنفيذي، ومتابعة الأداء، ورفع التقارير إلى الجمعية العمومية.",
                    "المادة (14) تبدأ السنة المالية للجمعية في أول يناير وتنتهي في الحادي والثلاثين من ديسمبر.")));

    private static final Demo PLAN = new Demo(DocumentType.ANNUAL_PLAN, "خطة البرامج والأنشطة لعام 2026",
            "Plan of programmes and activities for 2026", 2026, Visibility.INTERNAL, "silah-plan-2026.pdf", List.of(
            List.of(HEADING + "مقدمة",
                    "تترجم هذه الخطة أهداف الجمعية الواردة في نظامها الأساسي إلى برامج وأنشطة محددة لعام 2026، "
                            + "لكل منها عدد مستهدف ومدة وجهة مسؤولة ومؤشر يقاس به الإنجاز.",
                    HEADING + "أهداف العام",
                    "1- رفع رضا المستفيدين إلى 85% على الأقل في كل ربع من السنة.",
                    "2- إنجاز 95% من الطلبات في المدة المعلنة لكل خدمة.",
                    "3- التوسع في خدمات الأوقاف ومساندة توثيق 25 وقفًا جديدًا.",
                    HEADING + "برامج الرعاية الاجتماعية",
                    "1- السلة الغذائية الشهرية: 600 أسرة طوال العام، قسم الرعاية الاجتماعية، والمؤشر نسبة السلال "
                            + "المصروفة في الأسبوع الأول من الشهر.",
                    "2- المساعدات المالية ودعم الإيجار والفواتير: 250 أسرة بعد دراسة الحالة، والمؤشر مدة الدراسة.",
                    "3- سلال رمضان وإفطار صائم: فبراير ومارس 2026 (رمضان 1447 هـ)، 900 سلة و20 ألف وجبة.",
                    "4- كسوة العيد: 400 طفل من أبناء الأسر المستفيدة قبل عيد الفطر.",
                    "5- الحقيبة المدرسية: 400 طالب وطالبة، يفتح التسجيل في يوليو وتوزع في أغسطس 2026."),
            List.of(HEADING + "برامج الأوقاف",
                    "6- الاستشارات الوقفية: 120 استشارة للواقفين والنظار، قسم الخدمات الوقفية.",
                    "7- ورش حوكمة النظارة: أربع ورش ربعية في الإفصاح وإدارة أصول الوقف وغلته.",
                    "8- ملتقى الواقفين والنظار السنوي: أكتوبر 2026.",
                    HEADING + "التمكين والتطوع",
                    "9- الدورات التدريبية والتأهيلية: 10 دورات و200 متدرب، والمؤشر نسبة من التحق بعمل بعد ستة أشهر.",
                    "10- برنامج التطوع: 150 متطوعًا و6000 ساعة تطوعية موثقة في المنصة الوطنية للعمل التطوعي.",
                    HEADING + "علاقات المستفيدين",
                    "11- قياس رضا المستفيدين بعد كل طلب، ومراجعة النتائج كل ربع سنة، ونشر «قلتم فعملنا» على الموقع.",
                    "12- مراجعة الأسئلة الشائعة والردود الجاهزة كل ستة أشهر.",
                    "13- تدريب موظفي علاقات المستفيدين على سياسة تنظيم العلاقة مع المستفيدين.",
                    HEADING + "الميزانية التقديرية",
                    "إجمالي الميزانية التقديرية 4,200,000 ريال: الرعاية الاجتماعية 2,600,000، الأوقاف 650,000، "
                            + "التمكين والتطوع 480,000، علاقات المستفيدين والتشغيل 470,000.")));

    private static final Demo REPORT = new Demo(DocumentType.ANNUAL_REPORT, "التقرير السنوي لعام 2025",
            "Annual report 2025", 2025, Visibility.PUBLIC, "silah-annual-report-2025.pdf", List.of(
            List.of(HEADING + "كلمة رئيس مجلس الإدارة",
                    "نضع بين أيديكم تقرير الجمعية لعام 2025، عامٌ اتسعت فيه خدماتنا للأسر والأوقاف، وصرنا نستقبل "
                            + "طلبات المستفيدين ونتابعها عبر الموقع دون أن يضطروا إلى زيارتنا. نشكر الداعمين والمتطوعين "
                            + "وكل مستفيد أخبرنا برأيه.",
                    HEADING + "أبرز الأرقام",
                    "المستفيدون: 2,140 مستفيدًا من 780 أسرة، و46 وقفًا وجهة غير ربحية.",
                    "الطلبات: 3,460 طلبًا، أُنجز 96% منها في المدة المعلنة.",
                    "رضا المستفيدين: 87% في المتوسط، من 1,120 تقييمًا.",
                    "السلال الغذائية: 6,900 سلة، والمساعدات المالية: 1,350,000 ريال لـ 310 أسر.",
                    "الأوقاف: 104 استشارات وقفية، وساندنا توثيق 18 وقفًا جديدًا.",
                    "التطوع: 132 متطوعًا قدموا 5,480 ساعة."),
            List.of(HEADING + "علاقات المستفيدين",
                    "استقبلنا المستفيدين عبر سبع قنوات: المقابلة، والهاتف، ووسائل التواصل الاجتماعي، والخطابات، "
                            + "وطلبات المساعدة، والتطوع، والموقع الإلكتروني.",
                    "تلقينا 58 شكوى عولجت جميعها، في ثلاثة أيام عمل في المتوسط، وأخبرنا كل صاحب شكوى بما تم.",
                    "ومما غيرناه بناءً على آراء المستفيدين: تتبع الطلب على الموقع برقمه ورقم الجوال، وتقليص مدة صرف "
                            + "السلة الغذائية إلى يومي عمل، ونشر المستندات المطلوبة لكل خدمة.",
                    HEADING + "الحوكمة",
                    "اجتمع مجلس الإدارة خمس مرات، واعتمدت الجمعية العمومية القوائم المالية المراجعة من المراجع "
                            + "الخارجي، ونشرت الجمعية نظامها الأساسي وسياساتها على موقعها.",
                    HEADING + "القوائم المالية الموجزة",
                    "الإيرادات 4,050,000 ريال: تبرعات عامة 2,100,000، وزكاة 980,000، وغلة أوقاف 620,000، ومنح 350,000.",
                    "المصروفات 3,820,000 ريال: برامج الرعاية الاجتماعية 2,450,000، والأوقاف 540,000، والتمكين "
                            + "والتطوع 410,000، والتشغيل 420,000.")));

    /** The policy's Arabic original as the association approved it, its numbering in Latin digits. */
    private static final Demo POLICY = new Demo(DocumentType.POLICY, "سياسة تنظيم العلاقة مع المستفيدين",
            "Policy for organising the relationship with beneficiaries", 2024, Visibility.PUBLIC,
            "silah-beneficiary-relations-policy.pdf", List.of(
            List.of(HEADING + "تمهيد",
                    "تضع الجمعية السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين "
                            + "وخلافه، بما يكفل حقوق الجمعية وكافة هذه الأطراف، وتشكل أنظمة العمل والعقود المصدر "
                            + "الأساسي في تحديد حقوق وواجبات المتعاقدين وطريقة أدائها وتبعات التقصير في الأداء، وحدود "
                            + "المسؤولية وطريقة تسوية الخلافات التي قد تنشأ من جراء تنفيذ هذه العقود والخدمات بشكل يكفل "
                            + "حماية الأطراف ذات العلاقة مع الجمعية. وترتكز الجمعية على صيغة العلاقات مع المستفيدين، "
                            + "وتضع لها أولوية من خلال وضع آلية لتنظيم هذه العلاقة، مع مراجعتها باستمرار والتعديل عليها "
                            + "وتعميمها بما يكفل حقوق المستفيد.",
                    HEADING + "الهدف العام",
                    "تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة "
                            + "متطلباتهم ومقترحاتهم والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات "
                            + "للوصول إلى تحقيق الأهداف، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.",
                    HEADING + "الأهداف التفصيلية",
                    "1- تقدير حاجة المستفيد وكافة الفئات المستفيدة في الجمعية من خلال تسهيل الإجراءات وحصولهم على "
                            + "كافة الخدمات المطلوبة دون عناء ومشقة.",
                    "2- تقديم الخدمات المتكاملة بأحدث الأساليب الالكترونية في خدمة المستفيد.",
                    "3- تقديم المعلومات والإجابات بشكل ملائم بما يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال "
                            + "عدة قنوات.",
                    "4- تقديم خدمة للمستفيد من موقعه حفاظاً لوقته وتقديراً لظروفه وسرعة انجاز خدمته.",
                    "5- التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة والتحسين المستمر لإجراء "
                            + "تقديم خدمة وأداء مقدم الخدمة.",
                    "6- زيادة ثقة وانتماء المستفيدين بالجمعية من خلال تبني أفضل المعايير والممارسات في تقديم الخدمة "
                            + "للمستفيد وذلك عن طريق ما يلي:",
                    "- تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الجمعية.",
                    "- تكوين انطباعات وقناعات ايجابية جديدة نحو الجمعية وما تقدم من خدمات.",
                    "- نشر ثقافة تقييم الخدمة لدى المستفيد والتشجيع على ذلك والتأكد على أن تقييم جودة الخدمة حق من "
                            + "حقوق المستفيد حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير.",
                    "- نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخلي أو الخارجي.",
                    "- ابتكار مفاهيم وتقنيات إدارية للارتقاء بمستوى ونوعية الخدمات المقدمة للمستفيد ومحاولة القضاء "
                            + "على معوقات تقديم خدمات ذات جودة عالية وذلك من خلال التطوير والتحسين المستمر للخدمات "
                            + "المقدمة للمستفيد من خلال تلمس آراء المستفيدين."),
            List.of(HEADING + "القنوات المستخدمة للتواصل مع المستفيدين",
                    "1. المقابلة.", "2. الاتصالات الهاتفية.", "3. وسائل التواصل الاجتماعي.", "4. الخطابات.",
                    "5. خدمات طلب المساعدة.", "6. خدمة التطوع.", "7. الموقع الإلكتروني للجمعية.",
                    HEADING + "الأدوات المتاحة لموظف علاقات المستفيدين للتواصل مع المستفيدين",
                    "اللائحة الأساسية للجمعية.", "الخطط السنوية للبرامج والأنشطة.", "التقارير السنوية.",
                    HEADING + "ويتم التعامل مع المستفيد على مختلف المستويات لإنهاء معاملته بالشكل التالي",
                    "1. استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات وإعطاء المراجع الوقت الكافي.",
                    "2. تحديد الوقت المتوقع لتقديم الخدمة المطلوبة.",
                    "3. الحصول على آلية التواصل مع المستفيد (جوال، بريد الكتروني).",
                    "4. تقديم الخدمة اللازمة.",
                    "اعتمد مجلس إدارة الجمعية هذه السياسة.")));

    private final boolean enabled;
    private final KnowledgeLibrary library;
    private final ServiceCatalog services;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoKnowledge(@Value("${silah.demo-data:true}") boolean enabled, KnowledgeLibrary library,
            ServiceCatalog services, TransactionTemplate transaction, Clock clock) {
        this.enabled = enabled;
        this.library = library;
        this.services = services;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || services.findByCode("FOOD_BASKET").isEmpty()
                || !library.documents(PageRequest.of(0, 1)).isEmpty()
                || !library.entries(EntryKind.FAQ, PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        ArabicPdf pdf = new ArabicPdf();
        List<KnowledgeDocument> documents = Stream.of(BYLAWS, PLAN, REPORT, POLICY)
                .map(demo -> library.add(new DocumentDetails(demo.type(), demo.titleAr(), demo.titleEn(), demo.year(),
                        demo.visibility()), new KnowledgeLibrary.Upload(demo.fileName(),
                        new ByteArrayInputStream(print(pdf, demo))), ADMIN))
                .toList();
        List<EntryDetails> entries = entries(documents.get(0).getId(), documents.get(2).getId(),
                documents.get(3).getId());
        // the public FAQ lists the newest first: written last to first, it reads in the order above
        List<EntryDetails> lastFirst = new ArrayList<>(entries);
        Collections.reverse(lastFirst);
        lastFirst.forEach(entry -> library.write(entry, MANAGER));
        log.info("Silah loaded a demo library of {} documents and {} FAQ entries and canned answers",
                documents.size(), entries.size());
    }

    private static byte[] print(ArabicPdf pdf, Demo demo) {
        return pdf.write(demo.titleAr(), AUTHOR, true, sheet -> {
            sheet.centered(AUTHOR, ArabicPdf.HEADING_SIZE);
            sheet.centered(demo.titleAr(), ArabicPdf.HEADING_SIZE);
            sheet.rule();
            for (int page = 0; page < demo.pages().size(); page++) {
                if (page > 0) {
                    sheet.newPage();
                }
                for (String line : demo.pages().get(page)) {
                    if (line.startsWith(HEADING)) {
                        sheet.space();
                        sheet.paragraph(line.substring(HEADING.length()), ArabicPdf.HEADING_SIZE - 3);
                    } else {
                        sheet.paragraph(line, ArabicPdf.TEXT_SIZE);
                    }
                }
            }
        });
    }

    private List<EntryDetails> entries(long bylaws, long report, long policy) {
        LocalDate review = LocalDate.now(clock.withZone(Dates.RIYADH)).plusMonths(6);
        List<EntryDetails> entries = new ArrayList<>();
        Faq faq = (questionAr, questionEn, answerAr, answerEn, tags, serviceCodes, documentIds) -> entries.add(
                new EntryDetails(EntryKind.FAQ, questionAr, questionEn, answerAr, answerEn, tags, Visibility.PUBLIC,
                        MANAGER, review, serviceIds(serviceCodes), documentIds));
        faq.add("ما مواعيد العمل في الجمعية؟", "What are the association's working hours?",
                "نستقبلكم من الأحد إلى الخميس من الساعة 8 صباحًا حتى 3 مساءً، وفي رمضان من 10 صباحًا حتى 3 مساءً. "
                        + "ويمكنكم إرسال طلباتكم واستفساراتكم عبر الموقع في أي وقت.",
                "We receive you Sunday to Thursday from 8 am to 3 pm, and in Ramadan from 10 am to 3 pm. You can send "
                        + "your requests and questions on the website at any time.",
                "مواعيد، دوام", Set.of(), Set.of());
        faq.add("ما المستندات المطلوبة لطلب مساعدة مالية؟", "Which documents do I need to ask for financial assistance?",
                "صورة الهوية الوطنية أو الإقامة، وصورة سجل الأسرة، وما يثبت الدخل (تعريف بالراتب أو بيان الضمان "
                        + "الاجتماعي)، وكشف حساب بنكي لآخر ثلاثة أشهر، وشهادة الآيبان باسم المستفيد. وتجدون مستندات "
                        + "كل خدمة في صفحة «خدماتنا».",
                "A copy of the national ID or Iqama, a copy of the family record, proof of income (salary certificate "
                        + "or social security statement), a bank statement of the last three months and an IBAN "
                        + "certificate in the beneficiary's name. Each service's documents are on the \"Our services\" page.",
                "مستندات، مساعدة", Set.of("FINANCIAL_ASSISTANCE"), Set.of());
        faq.add("كيف أتابع طلبي؟", "How do I follow my request?",
                "من صفحة «تتبع طلب» على الموقع برقم الطلب الذي وصلكم في رسالة ورقم الجوال الذي قدمتم به الطلب، دون "
                        + "تسجيل دخول. ونرسل لكم رسالة عند كل تغيير في حالة الطلب.",
                "On the \"Track a request\" page of the website, with the reference number we sent you and the mobile "
                        + "you asked with, without signing in. We also message you whenever the request changes.",
                "تتبع، متابعة", Set.of(), Set.of());
        faq.add("من يحق له الاستفادة من خدمات الجمعية؟", "Who is eligible for the association's services?",
                "لكل خدمة فئاتها المستحقة: فالمساعدات المالية والسلال الغذائية للأسر ذات الدخل المحدود والأيتام "
                        + "والأرامل والمطلقات وأسر السجناء وكبار السن وذوي الإعاقة بعد دراسة الحالة، وخدمات الأوقاف "
                        + "للواقفين والنظار، والتدريب والتطوع متاحان للجميع.",
                "Each service has its eligible groups: financial assistance and food baskets are for low-income "
                        + "families, orphans, widows, divorcees, prisoners' families, the elderly and people with "
                        + "disabilities after a case study; waqf services are for founders and nazirs; training and "
                        + "volunteering are open to everyone.",
                "استحقاق، شروط", Set.of("FINANCIAL_ASSISTANCE", "FOOD_BASKET"), Set.of());
        faq.add("كم تستغرق دراسة طلب المساعدة؟", "How long does the study of an assistance request take?",
                "سبعة أيام عمل من اكتمال المستندات للمساعدة المالية، وثلاثة أيام للسلة الغذائية، وعشرة أيام لدعم "
                        + "الإيجار. ويظهر الموعد المتوقع في رسالة الاستلام وفي صفحة تتبع الطلب.",
                "Seven business days from complete documents for financial assistance, three for a food basket and "
                        + "ten for rent support. The expected date is in the receipt message and on the tracking page.",
                "مدة، موعد", Set.of("FINANCIAL_ASSISTANCE", "FOOD_BASKET", "RENT_SUPPORT"), Set.of());
        faq.add("هل تستقبل الجمعية الزكاة؟ وكيف تصرفها؟", "Does the association accept zakat, and how is it spent?",
                "نعم، تستقبل الجمعية الزكاة في حساب مستقل عن التبرعات العامة، وتصرفها في مصارفها الشرعية على الأسر "
                        + "المستحقة بعد دراسة حالتها، ويُبيَّن ما صُرف منها في التقرير السنوي.",
                "Yes. Zakat is received in an account separate from general donations and spent on its sharia "
                        + "categories, on eligible families after a study of their case; the annual report shows what "
                        + "was spent.",
                "زكاة", Set.of(), Set.of(report));
        faq.add("ما الوقف؟ وكيف أبدأ وقفًا؟", "What is a waqf, and how do I establish one?",
                "الوقف حبس أصل وتسبيل منفعته في وجوه البر. نرشدكم في خدمة «الإرشاد في تأسيس وقف» إلى أنواع الأوقاف "
                        + "وخطوات إنشائها، ونساعدكم في اختيار مصارف الوقف وصياغة شرط الواقف.",
                "A waqf holds an asset and gives its yield to good causes. Our \"Guidance on establishing a waqf\" "
                        + "service explains the kinds of waqf and the steps to establish one, and helps you choose its "
                        + "beneficiaries and word the founder's conditions.",
                "وقف، أوقاف", Set.of("WAQF_ESTABLISHMENT"), Set.of());
        faq.add("كيف أوثق صك الوقف؟", "How do I document a waqf deed?",
                "قدموا طلب «المساندة في توثيق صك الوقف» مع هوية الواقف وصك ملكية العين ومسودة شروط الواقف، ونتابع "
                        + "الطلب معكم لدى الجهات المختصة حتى صدور الصك.",
                "Ask for \"Support in documenting a waqf deed\" with the founder's ID, the title deed of the property "
                        + "and a draft of the founder's conditions; we follow it with the competent authorities until "
                        + "the deed is issued.",
                "وقف، صك، توثيق", Set.of("WAQF_DEED_DOCUMENTATION"), Set.of());
        faq.add("ما الخدمات التي تقدمها الجمعية لنظار الأوقاف؟", "What does the association offer waqf nazirs?",
                "الاستشارات الوقفية، ومراجعة ممارسات النظارة والتوصية في الحوكمة والإفصاح وإدارة أصول الوقف وغلته، "
                        + "وورش ربعية في حوكمة النظارة.",
                "Waqf consultations, a review of the nazir's practices with recommendations on governance, disclosure "
                        + "and the management of the waqf's assets and revenue, and quarterly governance workshops.",
                "نظارة، ناظر، حوكمة", Set.of("NAZIR_GOVERNANCE", "WAQF_CONSULTATION"), Set.of());
        faq.add("كيف أسجل متطوعًا في الجمعية؟", "How do I register as a volunteer?",
                "من صفحة «تطوع معنا» على الموقع: اكتبوا مهاراتكم وأوقات فراغكم والمجالات التي تهمكم، ونتواصل معكم "
                        + "بالفرص المناسبة.",
                "On the \"Volunteer with us\" page of the website: write your skills, when you are free and what "
                        + "interests you, and we contact you with suitable opportunities.",
                "تطوع", Set.of("VOLUNTEER_REGISTRATION"), Set.of());
        faq.add("هل تُوثق ساعات التطوع؟", "Are volunteering hours recorded?",
                "نعم، توثق الجمعية ساعات كل متطوع في المنصة الوطنية للعمل التطوعي، ويمكنكم طلب شهادة بها.",
                "Yes. The association records each volunteer's hours on the National Volunteering Platform, and you "
                        + "may ask for a certificate.",
                "تطوع، ساعات، شهادة", Set.of("VOLUNTEER_REGISTRATION"), Set.of());
        faq.add("كيف أقدم شكوى؟ وهل يمكنني تقديمها دون ذكر اسمي؟", "How do I make a complaint, and may I do it anonymously?",
                "من صفحة «تقديم شكوى» على الموقع أو بأي قناة من قنوات التواصل. ويمكنكم إرسالها دون اسم، ولا يمكن "
                        + "حينها متابعتها إلا إذا تركتم رقم جوال.",
                "On the \"Make a complaint\" page of the website or through any of our channels. You may send it "
                        + "without your name; you can then follow it only if you leave a mobile number.",
                "شكوى، شكاوى", Set.of(), Set.of(policy));
        faq.add("كم تستغرق معالجة الشكوى؟", "How long does a complaint take?",
                "نعالج الشكوى في ثلاثة أيام عمل في المتوسط، ونخبركم بما تم، ولا يتأثر أي طلب لكم بتقديمها.",
                "We handle a complaint in three business days on average and tell you what was done; none of your "
                        + "requests is affected by it.",
                "شكوى، مدة", Set.of(), Set.of());
        faq.add("كيف تحمي الجمعية بياناتي الشخصية؟", "How does the association protect my personal data?",
                "نجمع من البيانات ما تحتاجه الخدمة فقط، ونحفظها وفق نظام حماية البيانات الشخصية، ولا يطلع عليها إلا "
                        + "الموظفون المختصون بطلبكم، ولا نشاركها مع جهة أخرى إلا بموافقتكم أو بما يوجبه النظام.",
                "We collect only the data a service needs and keep it under the Personal Data Protection Law; only "
                        + "the staff handling your request see it, and we share it with no one else without your "
                        + "consent or a legal duty.",
                "خصوصية، بيانات", Set.of(), Set.of());
        faq.add("هل يمكنني الاطلاع على بياناتي أو طلب تصحيحها؟", "May I see my data or ask to correct it?",
                "نعم، ادخلوا إلى بوابة المستفيد برقم جوالكم لتروا بياناتكم وتنزلوا نسخة منها، أو اطلبوا تصحيحها من "
                        + "الجمعية بأي قناة.",
                "Yes. Sign in to the beneficiary portal with your mobile to see your data and download a copy, or ask "
                        + "the association to correct it through any channel.",
                "بيانات، تصحيح، بوابة", Set.of(), Set.of());
        faq.add("هل أستطيع تقديم طلب نيابة عن غيري؟", "May I ask on someone else's behalf?",
                "نعم، بشرط إرفاق ما يثبت الصفة كالوكالة الشرعية أو صك الولاية، وتُرسل الرسائل إلى صاحب الطلب "
                        + "أو من يمثله نظامًا.",
                "Yes, with proof of your capacity such as a power of attorney or a guardianship deed; messages go to "
                        + "the applicant or their legal representative.",
                "وكالة، نيابة", Set.of(), Set.of());
        faq.add("هل يلزم الحضور إلى الجمعية لتقديم الطلب؟", "Do I have to come to the association to ask?",
                "لا، يمكنكم تقديم أغلب الطلبات عبر الموقع وإرفاق المستندات، وقد يطلب منكم الباحث الاجتماعي زيارة "
                        + "أو مقابلة لاستكمال دراسة الحالة.",
                "No. Most requests can be made on the website with the documents attached; the social worker may "
                        + "ask for a visit or an interview to complete the case study.",
                "حضور، موقع", Set.of(), Set.of(policy));
        faq.add("متى يفتح التسجيل في الحقيبة المدرسية؟", "When does registration for the school bag open?",
                "يفتح التسجيل في يوليو من كل عام قبل بداية العام الدراسي، ويُعلن عنه في الموقع ورسائل الجوال.",
                "Registration opens in July each year before the school year; we announce it on the website and by "
                        + "text message.",
                "حقيبة مدرسية", Set.of("SCHOOL_BAG"), Set.of());
        faq.add("كيف أتبرع للجمعية؟", "How can I donate to the association?",
                "بالتحويل إلى حسابات الجمعية المعلنة في مقرها وحساباتها الرسمية، أو بزيارتنا، ونرسل لكم إيصالًا "
                        + "بكل تبرع.",
                "By transfer to the association's accounts announced at its office and on its official accounts, or "
                        + "by visiting us; we send you a receipt for every donation.",
                "تبرع", Set.of(), Set.of());
        faq.add("أين أجد النظام الأساسي والتقارير السنوية للجمعية؟",
                "Where can I find the association's bylaws and annual reports?",
                "في صفحة «الوثائق» على الموقع، مع سياسة تنظيم العلاقة مع المستفيدين، ويمكن تنزيلها دون تسجيل.",
                "On the \"Documents\" page of the website, with the beneficiary relations policy; you can download "
                        + "them without signing in.",
                "وثائق، تقرير، نظام أساسي", Set.of(), Set.of(bylaws, report, policy));
        entries.add(new EntryDetails(EntryKind.FAQ, "هل يُقبل طلب المساعدة دون سجل الأسرة؟",
                "May an assistance request be accepted without the family record?",
                "يُقبل مؤقتًا لمن يثبت تعذر استخراجه (كالأرملة حديثًا) بموافقة مدير الرعاية الاجتماعية، على أن يُستكمل "
                        + "خلال ثلاثين يومًا.",
                "It may be accepted for now when the family record cannot be issued yet (such as a recent widow), "
                        + "with the social care manager's approval, to be completed within thirty days.",
                "استثناء، مستندات", Visibility.INTERNAL, MANAGER, review, serviceIds(Set.of("FINANCIAL_ASSISTANCE")),
                Set.of()));
        cannedAnswers(entries, review);
        return entries;
    }

    private void cannedAnswers(List<EntryDetails> entries, LocalDate review) {
        record Canned(String questionAr, String questionEn, String answerAr, String answerEn, Set<String> services) {
        }
        Stream.of(
                new Canned("طلب استكمال المستندات", "Asking for missing documents",
                        "السلام عليكم {beneficiaryName}، وصلنا طلبكم لخدمة {serviceName}، ونحتاج لإكماله إلى المستندات "
                                + "الناقصة المذكورة في صفحة الطلب. نرجو إرفاقها قبل {dueDate} حتى لا يتأخر الطلب.",
                        "Dear {beneficiaryName}, we received your request for {serviceName}. To complete it we need the "
                                + "missing documents listed on the request's page; please attach them before {dueDate} "
                                + "so that it is not delayed.",
                        Set.of("FINANCIAL_ASSISTANCE", "RENT_SUPPORT")),
                new Canned("موعد استلام السلة الغذائية", "When to collect the food basket",
                        "السلام عليكم {beneficiaryName}، سلتكم الغذائية جاهزة، ويمكنكم استلامها من مقر الجمعية حتى "
                                + "{dueDate} في أوقات الدوام مع إحضار الهوية.",
                        "Dear {beneficiaryName}, your food basket is ready; you can collect it at the association until "
                                + "{dueDate} during working hours, bringing your ID.",
                        Set.of("FOOD_BASKET")),
                new Canned("تأكيد موعد الاستشارة الوقفية", "Confirming a waqf consultation",
                        "السلام عليكم {beneficiaryName}، نؤكد موعد {serviceName} يوم {dueDate}، وسيتواصل معكم المختص "
                                + "قبل الموعد. نرجو إحضار صك الوقف أو ما يتعلق بسؤالكم من وثائق.",
                        "Dear {beneficiaryName}, we confirm your {serviceName} on {dueDate}; the specialist will call "
                                + "you beforehand. Please bring the waqf deed or the papers your question is about.",
                        Set.of("WAQF_CONSULTATION")),
                new Canned("الاعتذار عن عدم انطباق الشروط", "Declining: the conditions are not met",
                        "السلام عليكم {beneficiaryName}، درسنا طلبكم لخدمة {serviceName}، ونعتذر عن قبوله لعدم انطباق "
                                + "شروط الاستحقاق حاليًا. يمكنكم التقدم من جديد إذا تغيرت ظروفكم، ويسعدنا إرشادكم إلى "
                                + "خدمات أخرى تناسبكم.",
                        "Dear {beneficiaryName}, we studied your request for {serviceName} and regret that it cannot be "
                                + "accepted as the eligibility conditions are not met now. You may ask again if your "
                                + "circumstances change, and we will gladly point you to other services.",
                        Set.of("FINANCIAL_ASSISTANCE")))
                .map(canned -> new EntryDetails(EntryKind.CANNED_ANSWER, canned.questionAr(), canned.questionEn(),
                        canned.answerAr(), canned.answerEn(), "رد جاهز", Visibility.INTERNAL, MANAGER, review,
                        serviceIds(canned.services()), Set.of()))
                .forEach(entries::add);
    }

    /** Writes a public FAQ entry. */
    @FunctionalInterface
    private interface Faq {
        void add(String questionAr, String questionEn, String answerAr, String answerEn, String tags,
                Set<String> serviceCodes, Set<Long> documentIds);
    }

    private Set<Long> serviceIds(Set<String> codes) {
        return codes.stream().map(services::findByCode).flatMap(Optional::stream)
                .map(ServiceOffering::getId).collect(Collectors.toSet());
    }
}
