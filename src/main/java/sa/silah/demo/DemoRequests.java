package sa.silah.demo;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.InboxQuery;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Priority;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.shared.Channel;

/**
 * A first day's worth of requests for the demo: inquiries answered on the phone, service requests in
 * every state, a suggestion and an anonymous complaint, so that the inbox and the beneficiary pages show
 * something real. Only on a demo installation without requests.
 */
@Component
@Order(30)
class DemoRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

    /** Subjects of the demo requests that the demo letters answer or concern. */
    static final String FOOD_BASKET = "سلة غذائية لأسرة من ستة أفراد";
    static final String RENT_SUPPORT = "دعم سداد إيجار متأخر";
    static final String WAQF_DEED = "توثيق صك وقف قديم";

    private record Demo(RequestKind kind, Channel channel, String service, String subject, String description,
            String answer, RequestStatus reachedStatus) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo(RequestKind.INQUIRY, Channel.PHONE, null, "مواعيد استقبال الطلبات",
                    "تسأل عن مواعيد استقبال طلبات المساعدة", "من الأحد إلى الخميس من الثامنة صباحًا إلى الرابعة عصرًا",
                    RequestStatus.RESOLVED),
            new Demo(RequestKind.SERVICE, Channel.INTERVIEW, "FOOD_BASKET", FOOD_BASKET,
                    "أرملة تعول ستة أبناء وتطلب سلة غذائية شهرية", "أخبرناها بالمستندات المطلوبة", RequestStatus.IN_PROGRESS),
            new Demo(RequestKind.SERVICE, Channel.WEBSITE, "RENT_SUPPORT", RENT_SUPPORT,
                    "عليه إيجار ثلاثة أشهر ومهدد بالإخلاء", null, RequestStatus.AWAITING_BENEFICIARY),
            new Demo(RequestKind.SERVICE, Channel.PHONE, "WAQF_CONSULTATION", "استشارة في وقف عقار سكني",
                    "يرغب في وقف عمارة على الأيتام ويسأل عن الخطوات", "شرحنا له الخطوات الأولى وحددنا موعدًا",
                    RequestStatus.SUBMITTED),
            new Demo(RequestKind.SERVICE, Channel.LETTER, "WAQF_DEED_DOCUMENTATION", WAQF_DEED,
                    "ناظر وقف يطلب المساندة في توثيق صك يعود إلى عام 1390 هـ", null, RequestStatus.IN_PROGRESS),
            new Demo(RequestKind.SERVICE, Channel.ASSISTANCE_REQUEST, "FINANCIAL_ASSISTANCE", "مساعدة مالية لعلاج",
                    "تطلب مساعدة في تكاليف علاج ابنها", null, RequestStatus.SUBMITTED),
            new Demo(RequestKind.SERVICE, Channel.SOCIAL_MEDIA, "TRAINING_REGISTRATION", "التسجيل في دورة الحاسب",
                    "يرغب في التسجيل في الدورة القادمة", null, RequestStatus.RESOLVED),
            new Demo(RequestKind.VOLUNTEERING, Channel.VOLUNTEERING, null, "التطوع في توزيع السلال",
                    "متفرغة أيام الخميس وتجيد التنظيم", null, RequestStatus.SUBMITTED),
            new Demo(RequestKind.SUGGESTION, Channel.WEBSITE, null, "اقتراح خدمة التذكير بالمواعيد",
                    "أقترح إرسال رسالة تذكير قبل موعد استلام السلة بيوم", null, RequestStatus.IN_PROGRESS),
            new Demo(RequestKind.COMPLAINT, Channel.PHONE, null, "تأخر الرد على الاتصال",
                    "انتظرت طويلًا على الهاتف دون رد", "اعتذرنا ووعدنا بمعالجة الأمر", RequestStatus.SUBMITTED));

    private final boolean enabled;
    private final Casework casework;
    private final BeneficiaryRegistry registry;

    DemoRequests(@Value("${silah.demo-data:true}") boolean enabled, Casework casework, BeneficiaryRegistry registry) {
        this.enabled = enabled;
        this.casework = casework;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Caseworker> officer = enabled ? demoOfficer() : Optional.empty();
        if (officer.isEmpty() || casework.count(InboxQuery.ofTab(InboxQuery.Tab.ALL), officer.get()) > 0) {
            return;
        }
        List<Beneficiary> people = registry.search(null, PageRequest.of(0, DEMOS.size())).getContent();
        for (int i = 0; i < DEMOS.size() && i < people.size(); i++) {
            submit(DEMOS.get(i), people.get(i), officer.get());
        }
        log.info("Silah loaded {} demo requests", Math.min(DEMOS.size(), people.size()));
    }

    private Optional<Caseworker> demoOfficer() {
        try {
            return Optional.of(casework.caseworker("officer"));
        }
        catch (RuntimeException noDemoStaff) {
            return Optional.empty();
        }
    }

    private void submit(Demo demo, Beneficiary beneficiary, Caseworker officer) {
        boolean anonymous = demo.kind() == RequestKind.COMPLAINT;
        Request request = casework.submit(new NewRequest(anonymous ? null : beneficiary.getId(), demo.kind(),
                demo.channel(), demo.service(), demo.subject(), demo.description(), Priority.NORMAL, demo.answer(),
                null, null, beneficiary.getMobile() == null && beneficiary.getEmail() == null
                        ? "يراجع الجمعية بنفسه" : null), officer);
        String ref = request.getReferenceNumber();
        if (demo.reachedStatus() == RequestStatus.SUBMITTED) {
            return;
        }
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, officer);
        if (demo.reachedStatus() == RequestStatus.AWAITING_BENEFICIARY) {
            casework.changeStatus(ref, RequestStatus.AWAITING_BENEFICIARY, "بانتظار صورة عقد الإيجار", officer);
        }
        else if (demo.reachedStatus() == RequestStatus.RESOLVED) {
            casework.changeStatus(ref, RequestStatus.RESOLVED, "أُجيب المستفيد وأُغلقت المعاملة", officer);
        }
    }
}
