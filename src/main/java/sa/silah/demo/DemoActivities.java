package sa.silah.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityDetails;
import sa.silah.activity.ActivityKind;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.RegistrationVia;
import sa.silah.assessment.NeedLevel;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;

/**
 * Demo activities of the annual plan, published and open for registration: a Ramadan food-basket programme for
 * low-income families, widows and orphans; an online waqf-governance workshop with few places, so that its waiting
 * list has names on it; and a back-to-school kits programme for students and orphans of school age. A few demo
 * beneficiaries of the right segments are registered through the demo officer. Runs once the application is ready,
 * after the demo assessments (the food baskets ask for a medium need level), and only on an installation with the demo
 * staff and no activity yet.
 */
@Component
class DemoActivities {

    private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);
    private static final String OFFICER = "officer";

    private final boolean enabled;
    private final ActivityCatalog catalog;
    private final ActivityRegistrations registrations;
    private final StaffManagement staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoActivities(@Value("${silah.demo-data:true}") boolean enabled, ActivityCatalog catalog,
            ActivityRegistrations registrations, StaffManagement staff, JdbcClient jdbc, Clock clock) {
        this.enabled = enabled;
        this.catalog = catalog;
        this.registrations = registrations;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(110)
    void load() {
        if (!enabled || !staff.exists(OFFICER) || !catalog.find(null, PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        Activity baskets = publish(new ActivityDetails(ActivityKind.SEASONAL_PROGRAMME, "برنامج سلال رمضان الغذائية",
                "Ramadan food baskets", "توزيع سلال غذائية رمضانية على الأسر المسجلة في الجمعية، تكفي الأسرة شهر رمضان. "
                        + "يحضر المستفيد أو من ينوب عنه بالهوية الوطنية لاستلام السلة.",
                "Ramadan food baskets for the families registered with the association, enough for the month.",
                at(today.plusDays(30), 9), at(today.plusDays(30), 13), "مستودع الجمعية، حي النسيم، الرياض", null, 40,
                Instant.now(clock).minus(Duration.ofDays(1)), at(today.plusDays(28), 23), "FOOD_BASKET",
                Set.of("LOW_INCOME", "WIDOWS", "ORPHANS"),
                new EligibilityCriteria(NeedLevel.MEDIUM, null, null, null, null, null, List.of(), null), false, true));
        Activity workshop = publish(new ActivityDetails(ActivityKind.WORKSHOP, "ورشة حوكمة الأوقاف",
                "Waqf governance workshop", "ورشة عمل عن بُعد للنظّار والواقفين: صياغة شروط الواقف، ومسؤوليات الناظر، "
                        + "والإفصاح والتقارير السنوية وفق أنظمة الهيئة العامة للأوقاف.",
                "An online workshop for nazirs and waqf founders: the founder's conditions, the nazir's duties, "
                        + "disclosure and annual reports.",
                at(today.plusDays(10), 19), at(today.plusDays(10), 21), null, "https://meet.example.org/waqf-governance",
                3, Instant.now(clock).minus(Duration.ofDays(1)), at(today.plusDays(9), 23), "WAQF_CONSULTATION",
                Set.of(), EligibilityCriteria.NONE, true, true));
        Activity kits = publish(new ActivityDetails(ActivityKind.SEASONAL_PROGRAMME, "برنامج الحقيبة المدرسية",
                "Back-to-school kits", "حقيبة مدرسية بأدواتها لكل طالب وطالبة من أبناء الأسر المستفيدة قبل بدء "
                        + "العام الدراسي.", "A school bag with its supplies for every pupil of the families served.",
                at(today.plusDays(20), 16), at(today.plusDays(20), 20), "مقر الجمعية، الرياض", null, 60,
                Instant.now(clock).minus(Duration.ofDays(1)), at(today.plusDays(19), 23), null,
                Set.of("STUDENTS", "ORPHANS"), new EligibilityCriteria(null, null, 6, 18, null, null, List.of(), null),
                false, true));
        int registered = register(workshop, 5, Set.of()) + register(baskets, 6, baskets.getSegmentCodes())
                + register(kits, 4, kits.getSegmentCodes());
        log.info("Silah loaded 3 demo activities and {} registrations", registered);
    }

    private Activity publish(ActivityDetails details) {
        Activity activity = catalog.draft(details, OFFICER);
        return catalog.publish(activity.getId(), OFFICER);
    }

    /** Registers up to {@code count} demo individuals of these segments (any when none) the activity is for. */
    private int register(Activity activity, int count, Set<String> segments) {
        int registered = 0;
        for (UUID person : candidates(segments)) {
            if (registered == count) {
                break;
            }
            if (registrations.eligibility(activity, person).eligible()) {
                registrations.register(activity.getId(), person, RegistrationVia.OFFICER, OFFICER, null);
                registered++;
            }
        }
        return registered;
    }

    private List<UUID> candidates(Set<String> segments) {
        if (segments.isEmpty()) {
            return jdbc.sql("select id from beneficiary where type = 'INDIVIDUAL' and anonymised_at is null "
                    + "order by created_at, id").query(UUID.class).list().stream().limit(40).toList();
        }
        return jdbc.sql("""
                select distinct b.id, b.created_at from beneficiary b join beneficiary_segment bs on bs.beneficiary_id = b.id
                join segment s on s.id = bs.segment_id where s.code in (:codes) and b.anonymised_at is null
                order by b.created_at, b.id""").param("codes", segments)
                .query((row, n) -> row.getObject(1, UUID.class)).list();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Dates.RIYADH).toInstant();
    }
}
