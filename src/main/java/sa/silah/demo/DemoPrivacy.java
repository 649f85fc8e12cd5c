package sa.silah.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.privacy.Breach;
import sa.silah.privacy.BreachDetails;
import sa.silah.privacy.BreachNotification;
import sa.silah.privacy.BreachRegister;
import sa.silah.privacy.BreachRiskLevel;
import sa.silah.privacy.DataCategory;
import sa.silah.privacy.LegalBasis;
import sa.silah.privacy.ProcessingActivityDetails;
import sa.silah.privacy.ProcessingRecord;

/**
 * The demo record of processing activities: what Silah itself does with personal data (the registry, requests,
 * notifications, surveys, letters and the public site's forms), and one past breach, contained and notified in time,
 * so that the breach register shows its clock. Only on an installation whose record is still empty, and once.
 */
@Component
@Order(90)
class DemoPrivacy implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPrivacy.class);
    private static final String RELATIONS = "إدارة علاقات المستفيدين";
    private static final String ACCESS = "صلاحيات حسب الدور، سجل للاطلاع على البيانات الشخصية وسجل تدقيق للتغييرات، "
            + "اتصال مشفّر (HTTPS)، نسخ احتياطي مشفّر";

    private static final List<ProcessingActivityDetails> ACTIVITIES = List.of(
            new ProcessingActivityDetails("سجل المستفيدين", "Beneficiary registry",
                    "تسجيل المستفيدين وأسرهم وممثليهم للتحقق من الأهلية وتقديم الخدمات والتواصل معهم",
                    LegalBasis.SERVICE, "المستفيدون (أفراد وجهات)، أفراد أسرهم، ممثلوهم",
                    EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.FAMILY,
                            DataCategory.SOCIAL_ECONOMIC),
                    "موظفو الجمعية المخوّلون فقط", "مدة العلاقة مع المستفيد وخمس سنوات بعد آخر خدمة، ثم الإتلاف أو إخفاء الهوية",
                    false, null, null, ACCESS, RELATIONS, "مدير علاقات المستفيدين"),
            new ProcessingActivityDetails("معالجة الطلبات والاستفسارات والشكاوى",
                    "Handling requests, inquiries and complaints",
                    "استقبال طلبات المستفيدين ومتابعتها حتى إغلاقها ضمن المدة المعيارية، والرد على الاستفسارات والشكاوى",
                    LegalBasis.SERVICE, "المستفيدون ومقدمو الطلبات عبر القنوات",
                    EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.REQUEST_CONTENT,
                            DataCategory.SOCIAL_ECONOMIC),
                    "الإدارة المختصة بالخدمة داخل الجمعية", "خمس سنوات من إغلاق الطلب", false, null, null,
                    ACCESS + "، إتاحة الطلب لإدارته المختصة فقط", RELATIONS, null),
            new ProcessingActivityDetails("الإشعارات عبر الرسائل النصية وواتساب والبريد الإلكتروني",
                    "Notifications by SMS, WhatsApp and email",
                    "إبلاغ المستفيد باستلام طلبه وتغيّر حالته وموعده المتوقع، واحترام رغبته في إيقاف أي قناة",
                    LegalBasis.SERVICE, "المستفيدون الذين لهم طلبات أو مراسلات",
                    EnumSet.of(DataCategory.CONTACT, DataCategory.COMMUNICATIONS),
                    "مزوّد خدمة الرسائل النصية، منصة واتساب للأعمال (Meta)، مزوّد البريد الإلكتروني",
                    "سنة واحدة لسجل الإرسال", true, "منصة WhatsApp Cloud API (خوادم Meta خارج المملكة)",
                    "الحد الأدنى من البيانات (الرقم ونص الرسالة فقط)، وشروط تعاقدية لحماية البيانات وفق لائحة نقل "
                            + "البيانات الشخصية خارج المملكة",
                    "مفاتيح الوصول محفوظة خارج الشيفرة، والتحقق من توقيع رسائل الويب هوك", "إدارة تقنية المعلومات",
                    null),
            new ProcessingActivityDetails("استبيانات رضا المستفيدين", "Beneficiary satisfaction surveys",
                    "قياس رضا المستفيدين عن الخدمة بعد إغلاق الطلب وتحسين الخدمات بناءً على ملاحظاتهم",
                    LegalBasis.LEGITIMATE_INTEREST, "المستفيدون الذين أُغلقت طلباتهم",
                    EnumSet.of(DataCategory.CONTACT, DataCategory.OPINIONS),
                    "الإدارة العليا ومجلس الإدارة (نتائج مجمّعة دون بيانات شخصية)",
                    "سنتان للإجابات، والنتائج المجمّعة دون حدّ", false, null, null,
                    "الروابط فردية وتنتهي صلاحيتها، والتعليقات للمديرين فقط", "إدارة الجودة", null),
            new ProcessingActivityDetails("سجل الخطابات الصادرة والواردة", "Letters register",
                    "قيد الخطابات الصادرة والواردة وترقيمها وحفظ صورها وربطها بالمستفيد أو الطلب",
                    LegalBasis.LEGAL_OBLIGATION, "المستفيدون والجهات المراسِلة",
                    EnumSet.of(DataCategory.IDENTITY, DataCategory.REQUEST_CONTENT, DataCategory.COMMUNICATIONS),
                    "الجهات المخاطَبة بالخطاب", "وفق جدول مدد الاحتفاظ بالوثائق المعتمد في الجمعية", false, null,
                    null, ACCESS, "الاتصالات الإدارية", null),
            new ProcessingActivityDetails("نماذج الموقع العام", "Public website forms",
                    "استقبال الطلبات والاستفسارات من الموقع العام ومتابعة حالتها برقم الطلب",
                    LegalBasis.CONSENT, "زوار الموقع الذين يرسلون نموذجًا",
                    EnumSet.of(DataCategory.CONTACT, DataCategory.REQUEST_CONTENT, DataCategory.ONLINE_IDENTIFIERS),
                    "موظفو الجمعية المخوّلون", "مثل الطلبات؛ وعناوين IP لمنع الإساءة 30 يومًا", false, null, null,
                    "حماية من التزوير (CSRF)، وتحديد معدل الإرسال، واتصال مشفّر", RELATIONS, null));

    private final boolean enabled;
    private final ProcessingRecord record;
    private final BreachRegister breaches;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoPrivacy(@Value("${silah.demo-data:true}") boolean enabled, ProcessingRecord record, BreachRegister breaches,
            Clock clock, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.record = record;
        this.breaches = breaches;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !record.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        ACTIVITIES.forEach(record::record);
        Instant discovered = clock.instant().minus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);
        Breach breach = breaches.record(new BreachDetails(discovered, discovered.minus(Duration.ofHours(5)),
                "أُرسل بريد إلكتروني بكشف مستفيدي إحدى الخدمات إلى جهة خارجية بالخطأ بدل إرساله داخليًا",
                EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT), 37, BreachRiskLevel.MEDIUM,
                "طُلب من الجهة حذف الرسالة وأكّدت الحذف كتابيًا، وقُيّد الإرسال الخارجي للكشوف"));
        breaches.recordNotification(breach.getId(), new BreachNotification(discovered.plus(Duration.ofHours(30)),
                "SDAIA-DEMO-0001", discovered.plus(Duration.ofHours(48)), null));
        breaches.contain(breach.getId());
        breaches.close(breach.getId());
        log.info("Silah loaded the demo record of {} processing activities and one past breach", ACTIVITIES.size());
    }
}
