package sa.silah.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import sa.silah.casework.Request;
import sa.silah.letters.LetterDirection;
import sa.silah.letters.LetterQuery;
import sa.silah.letters.LetterRegister;
import sa.silah.letters.NewLetter;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;

/**
 * The letters register of the demo: two incoming letters about demo requests, an outgoing answer drafted from
 * the request-reply template and an outgoing letter written by hand, so that the register, the letter pages, the
 * PDFs and the requests' timelines show something real. Only on a demo installation with its requests and an
 * empty register.
 */
@Component
@Order(40)
class DemoLetters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);
    private static final String OFFICER = "officer";

    private final boolean enabled;
    private final LetterRegister letters;
    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final StaffManagement staff;

    DemoLetters(@Value("${silah.demo-data:true}") boolean enabled, LetterRegister letters, Casework casework,
            BeneficiaryRegistry registry, StaffManagement staff) {
        this.enabled = enabled;
        this.letters = letters;
        this.casework = casework;
        this.registry = registry;
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !staff.exists(OFFICER)
                || letters.list(new LetterQuery(null, null, null, null), PageRequest.of(0, 1)).hasContent()) {
            return;
        }
        Caseworker officer = casework.caseworker(OFFICER);
        Map<String, Request> requests = casework.inbox(InboxQuery.ofTab(InboxQuery.Tab.ALL), officer,
                PageRequest.of(0, 50)).stream()
                .collect(Collectors.toMap(Request::getSubject, Function.identity(), (first, second) -> first));
        Request basket = requests.get(DemoRequests.FOOD_BASKET);
        Request rent = requests.get(DemoRequests.RENT_SUPPORT);
        Request deed = requests.get(DemoRequests.WAQF_DEED);
        if (basket == null || rent == null || deed == null) {
            return;
        }
        LocalDate today = LocalDate.now(Dates.RIYADH);
        letters.register(new NewLetter(LetterDirection.INCOMING, today.minusDays(3), "مكتب الضمان الاجتماعي بالرياض",
                "إفادة بحالة المستفيد لدى الضمان الاجتماعي",
                "يفيد المكتب بأن المستفيد مسجل لديه ويصرف له معاش شهري، ولا يمنع ذلك مساعدته في سداد الإيجار.", "ar",
                null, rent.getBeneficiaryId(), rent.getReferenceNumber()), OFFICER);
        letters.register(new NewLetter(LetterDirection.INCOMING, today.minusDays(1), "كتابة العدل الأولى بالرياض",
                "الإفادة عن صك الوقف المطلوب توثيقه",
                "تطلب كتابة العدل أصل الصك وصورة هوية الناظر لاستكمال التوثيق.", "ar", null, deed.getBeneficiaryId(),
                deed.getReferenceNumber()), OFFICER);
        replyFromTemplate(basket, today);
        letters.register(new NewLetter(LetterDirection.OUTGOING, today, nameOf(deed), "طلب أصل صك الوقف",
                "المكرم/ " + nameOf(deed) + " المحترم\n"
                        + "السلام عليكم ورحمة الله وبركاته، وبعد:\n"
                        + "فإشارة إلى طلبكم رقم " + deed.getReferenceNumber() + " بشأن توثيق صك الوقف، نأمل تزويدنا بأصل "
                        + "الصك وصورة من هوية الناظر خلال أسبوعين، لنرفعهما إلى كتابة العدل.\n"
                        + "وتقبلوا خالص التحية والتقدير.",
                "ar", null, deed.getBeneficiaryId(), deed.getReferenceNumber()), OFFICER);
        log.info("Silah loaded 4 demo letters");
    }

    /** As an officer does it: the template drafts the text from the request, and the officer adds the outcome. */
    private void replyFromTemplate(Request request, LocalDate today) {
        NewLetter entered = new NewLetter(LetterDirection.OUTGOING, today, nameOf(request), null, null, "ar",
                "REQUEST_REPLY", request.getBeneficiaryId(), request.getReferenceNumber());
        LetterRegister.Draft draft = letters.draft(entered.templateCode(), entered, OFFICER);
        String body = draft.body().replace("كما يلي:\n", "كما يلي:\nالموافقة على صرف سلة غذائية شهرية مدة ستة أشهر.\n");
        letters.register(new NewLetter(entered.direction(), today, entered.correspondent(), draft.subject(), body,
                entered.language(), entered.templateCode(), entered.beneficiaryId(), entered.requestReference()), OFFICER);
    }

    private String nameOf(Request request) {
        return registry.find(request.getBeneficiaryId()).map(Beneficiary::getFullName).orElseThrow();
    }
}
