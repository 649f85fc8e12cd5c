package sa.silah.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
import sa.silah.satisfaction.Invitation;
import sa.silah.satisfaction.ResultsPeriod;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/**
 * Satisfaction answers for the demo: more requests closed across services and channels, and most of their
 * invitations answered, mostly 4 and 5, some low, a few anonymously and a few with a comment, so that the results
 * pages show figures above the minimum count. Only on a demo installation without responses.
 */
@Component
@Order(45)
class DemoSatisfaction implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSatisfaction.class);
    private static final String OFFICER = "officer";

    private record Closed(RequestKind kind, Channel channel, String service, String subject, RequestStatus status) {
    }

    private static final List<Closed> CLOSED = List.of(
            new Closed(RequestKind.SERVICE, Channel.INTERVIEW, "FOOD_BASKET", "سلة غذائية لأسرة من أربعة أفراد", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.PHONE, "FOOD_BASKET", "سلة غذائية لأم وأطفالها", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.WEBSITE, "FOOD_BASKET", "سلة غذائية شهرية لمسن", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.INTERVIEW, "FOOD_BASKET", "سلة غذائية لأسرة سجين", RequestStatus.REJECTED),
            new Closed(RequestKind.SERVICE, Channel.WEBSITE, "RENT_SUPPORT", "دعم إيجار شهرين", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.ASSISTANCE_REQUEST, "RENT_SUPPORT", "دعم سداد إيجار سنوي", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.PHONE, "RENT_SUPPORT", "مساعدة في إيجار بعد الطلاق", RequestStatus.REJECTED),
            new Closed(RequestKind.SERVICE, Channel.ASSISTANCE_REQUEST, "FINANCIAL_ASSISTANCE", "مساعدة مالية لشراء أدوية", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.INTERVIEW, "FINANCIAL_ASSISTANCE", "مساعدة مالية لرسوم دراسية", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.PHONE, "WAQF_CONSULTATION", "استشارة في وقف مزرعة", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.LETTER, "WAQF_CONSULTATION", "استشارة في شروط الواقف", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.SOCIAL_MEDIA, "TRAINING_REGISTRATION", "التسجيل في دورة الخياطة", RequestStatus.RESOLVED),
            new Closed(RequestKind.SERVICE, Channel.WEBSITE, "TRAINING_REGISTRATION", "التسجيل في دورة اللغة الإنجليزية", RequestStatus.RESOLVED),
            new Closed(RequestKind.INQUIRY, Channel.PHONE, null, "الاستفسار عن شروط المساعدة المالية", RequestStatus.RESOLVED),
            new Closed(RequestKind.INQUIRY, Channel.SOCIAL_MEDIA, null, "الاستفسار عن موعد توزيع السلال", RequestStatus.RESOLVED),
            new Closed(RequestKind.INQUIRY, Channel.WEBSITE, null, "الاستفسار عن طريقة تحديث البيانات", RequestStatus.RESOLVED),
            new Closed(RequestKind.INQUIRY, Channel.PHONE, null, "الاستفسار عن مقر الجمعية", RequestStatus.RESOLVED),
            new Closed(RequestKind.SUGGESTION, Channel.WEBSITE, null, "اقتراح تمديد ساعات الاستقبال", RequestStatus.RESOLVED));

    /**
     * The answers, one per closed request in turn: overall, resolved, the four ratings, recommend, and a comment
     * or none. A blank is a question left unanswered; the inquiry survey asks only overall, resolved and comment.
     */
    private static final List<String[]> ANSWERS = List.of(
            new String[] { "5", "1", "5", "5", "5", "4", "10", "جزاكم الله خيرًا على سرعة التجاوب" },
            new String[] { "5", "1", "4", "5", "5", "5", "9", "" },
            new String[] { "4", "1", "4", "5", "4", "4", "9", "" },
            new String[] { "2", "0", "2", "3", "2", "2", "4", "لم يوضح لي سبب رفض الطلب" },
            new String[] { "5", "1", "5", "5", "4", "5", "10", "" },
            new String[] { "4", "1", "3", "5", "4", "3", "8", "الإجراءات طويلة بعض الشيء لكن التعامل راقٍ" },
            new String[] { "3", "0", "3", "4", "3", "3", "6", "" },
            new String[] { "5", "1", "5", "5", "5", "5", "10", "" },
            new String[] { "4", "1", "4", "4", "4", "4", "8", "" },
            new String[] { "5", "1", "5", "5", "5", "5", "9", "استشارة مفيدة جدًا وموظف متمكن" },
            new String[] { "4", "1", "4", "4", "5", "4", "9", "" },
            new String[] { "5", "1", "5", "5", "5", "5", "10", "" },
            new String[] { "1", "0", "1", "2", "1", "1", "2", "" },
            new String[] { "5", "1", "", "", "", "", "", "" },
            new String[] { "4", "1", "", "", "", "", "", "أتمنى نشر المواعيد في حساب تويتر" },
            new String[] { "5", "1", "", "", "", "", "", "" },
            new String[] { "4", "1", "", "", "", "", "", "" },
            new String[] { "5", "1", "5", "4", "5", "5", "9", "" });
    private static final String[] KEYS = { "overall", "resolved", "speed", "courtesy", "clarity", "ease", "recommend",
            "comment" };

    private final boolean enabled;
    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final Satisfaction satisfaction;
    private final SatisfactionResults results;
    private final TransactionTemplate transactions;

    DemoSatisfaction(@Value("${silah.demo-data:true}") boolean enabled, Casework casework,
            BeneficiaryRegistry registry, Satisfaction satisfaction, SatisfactionResults results,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.enabled = enabled;
        this.casework = casework;
        this.registry = registry;
        this.satisfaction = satisfaction;
        this.results = results;
    }

    @Override
    public void run(ApplicationArguments args) {
        Caseworker officer = enabled ? demoOfficer() : null;
        LocalDate today = LocalDate.now(Dates.RIYADH);
        if (officer == null
                || results.summary(new ResultsPeriod(today.minusYears(1), today)).overall().responses() > 0) {
            return;
        }
        List<Beneficiary> people = registry.search(null, PageRequest.of(0, 60)).getContent().stream()
                .filter(person -> person.getMobile() != null || person.getEmail() != null).toList();
        if (people.isEmpty()) {
            return;
        }
        for (int i = 0; i < CLOSED.size(); i++) {
            close(CLOSED.get(i), people.get((i * 7) % people.size()), officer);
        }
        List<Request> closed = casework.inbox(InboxQuery.ofTab(InboxQuery.Tab.ALL), officer, PageRequest.of(0, 100))
                .stream().filter(request -> request.getStatus() == RequestStatus.RESOLVED
                        || request.getStatus() == RequestStatus.REJECTED)
                .toList();
        int answered = 0;
        for (int i = 0; i < closed.size(); i++) {
            // one invitation in six stays unanswered, so that the response rate is not a perfect 100
            if (i % 6 == 5) {
                continue;
            }
            if (answer(closed.get(i), ANSWERS.get(i % ANSWERS.size()), i % 5 == 4)) {
                answered++;
            }
        }
        log.info("Silah answered {} demo satisfaction surveys", answered);
    }

    private Caseworker demoOfficer() {
        try {
            return casework.caseworker(OFFICER);
        }
        catch (RuntimeException noDemoStaff) {
            return null;
        }
    }

    /**
     * Takes in and closes a request, and invites its beneficiary in the same transaction: the closure listener,
     * which runs after the commit, then finds the invitation made and adds none, so nothing here waits for it.
     */
    private void close(Closed demo, Beneficiary beneficiary, Caseworker officer) {
        transactions.executeWithoutResult(status -> {
            Request request = casework.submit(new NewRequest(beneficiary.getId(), demo.kind(), demo.channel(),
                    demo.service(), demo.subject(), null, Priority.NORMAL, null, null, null, null), officer);
            casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, officer);
            casework.changeStatus(request.getReferenceNumber(), demo.status(),
                    demo.status() == RequestStatus.REJECTED ? "لا تنطبق شروط الخدمة على الحالة" : "قُدمت الخدمة للمستفيد",
                    officer);
            satisfaction.inviteOnClosure(request.getId(), OFFICER);
        });
    }

    /** Answers the request's invitation; false when it has none (nobody to reach) or it is answered already. */
    private boolean answer(Request request, String[] values, boolean anonymous) {
        Invitation invitation = satisfaction.invitationsOf(request.getId()).stream()
                .filter(found -> found.getAnsweredAt() == null).findFirst().orElse(null);
        if (invitation == null) {
            return false;
        }
        var questions = satisfaction.surveyOf(invitation).questionsByKey();
        Map<String, String> raw = new HashMap<>();
        for (int k = 0; k < KEYS.length; k++) {
            if (questions.containsKey(KEYS[k]) && !values[k].isEmpty()) {
                raw.put(KEYS[k], values[k]);
            }
        }
        satisfaction.answer(invitation.getToken(), raw, anonymous);
        return true;
    }
}
