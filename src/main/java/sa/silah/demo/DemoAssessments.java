package sa.silah.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.Assessment;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;

/**
 * Demo needs assessments on the general form, so that the need-level report shows every level and the re-assessment
 * list has names on it: most demo individuals of the segments a charity assesses are assessed by the two demo officers
 * at an interview or a home visit, with incomes and housing that give low, medium and high need; those with a
 * disability or a chronic illness after their consent to health data is recorded; a few filled the form in the portal
 * and wait for an officer; a few are not assessed at all.
 *
 * <p>An assessment is dated when it is made, so those that must lapse soon, have lapsed, or were superseded by a newer
 * one are made through {@link NeedAssessments#assess} like the others and then moved back in time by an SQL update of
 * their dates (assessed, verified, valid until), which the assessment's API rightly does not offer. Their audit
 * entries keep the day the demo was loaded.
 *
 * <p>Runs once the application is ready, after the general form is written (an {@code ApplicationReadyEvent} listener
 * of its own, ordered after it), and only on an installation with the demo staff and no assessment yet.
 */
@Component
class DemoAssessments {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    /** The segments whose members a charity assesses; waqf founders, nazirs and volunteers are not assessed. */
    private static final Set<String> ASSESSED_SEGMENTS = Set.of("ORPHANS", "WIDOWS", "DIVORCEES", "ELDERLY",
            "DISABILITIES", "LOW_INCOME", "PRISONERS_FAMILIES", "STUDENTS");
    private static final List<String> OFFICERS = List.of("officer", "officer2");

    /** Income a household member a month, housing and work: scored 60+ (high), 35 to 55 (medium), under 30 (low). */
    private enum Profile {
        HIGH(500, "rented", "unemployed", "traditional"),
        MEDIUM(1000, "rented", "employed", "apartment"),
        LOW(2600, "owned", "employed", "villa");

        private final int incomePerMember;
        private final String ownership;
        private final String employment;
        private final String housing;

        Profile(int incomePerMember, String ownership, String employment, String housing) {
            this.incomePerMember = incomePerMember;
            this.ownership = ownership;
            this.employment = employment;
            this.housing = housing;
        }
    }

    /** A demo individual as the registry has them, read in one transaction. */
    private record Person(UUID id, int householdSize, List<String> segments) {

        boolean hasHealthNeed() {
            return segments.contains("DISABILITIES") || segments.contains("ELDERLY");
        }
    }

    private final boolean enabled;
    private final NeedAssessments assessments;
    private final BeneficiaryRegistry registry;
    private final StaffManagement staff;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Who has given consent to health data already, so that a second assessment does not record it again. */
    private final Set<UUID> consented = new HashSet<>();

    DemoAssessments(@Value("${silah.demo-data:true}") boolean enabled, NeedAssessments assessments,
            BeneficiaryRegistry registry, StaffManagement staff, JdbcClient jdbc, TransactionTemplate transaction,
            Clock clock) {
        this.enabled = enabled;
        this.assessments = assessments;
        this.registry = registry;
        this.staff = staff;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void load() {
        if (!enabled || !staff.exists(OFFICERS.get(0)) || anyAssessment()) {
            return;
        }
        List<Person> people = transaction.execute(status -> registry.search(null, PageRequest.of(0, 200)).stream()
                .filter(Beneficiary::isIndividual)
                .filter(b -> b.segmentCodes().stream().anyMatch(ASSESSED_SEGMENTS::contains))
                .map(b -> new Person(b.getId(), b.householdSize(), List.copyOf(b.segmentCodes())))
                .toList());
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        int assessed = 0;
        int waiting = 0;
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Profile profile = Profile.values()[i % Profile.values().length];
            String officer = OFFICERS.get(i % OFFICERS.size());
            switch (i % 8) {
                case 7 -> {
                    // not assessed yet
                }
                case 6 -> {
                    assessments.assess(person.id(), NeedAssessments.GENERAL_FORM, answers(person, profile, false),
                            AssessedVia.PORTAL, "beneficiary:" + person.id());
                    waiting++;
                }
                case 5 -> {
                    // lapsed some weeks ago; for every other one the beneficiary has sent a new one from the portal
                    Assessment old = assess(person, profile, officer, AssessedVia.HOME_VISIT);
                    backdate(old.getId(), today.minusDays(3L + 12L * (i / 8 % 4)));
                    if (i / 8 % 2 == 1) {
                        assessments.assess(person.id(), NeedAssessments.GENERAL_FORM,
                                answers(person, profile, false), AssessedVia.PORTAL, "beneficiary:" + person.id());
                        waiting++;
                    }
                    assessed++;
                }
                case 4 -> {
                    // lapses within the month
                    Assessment soon = assess(person, profile, officer, AssessedVia.INTERVIEW);
                    backdate(soon.getId(), today.plusDays(4L + 7L * (i / 8 % 4)));
                    assessed++;
                }
                case 3 -> {
                    // assessed last year, lapsed, and assessed again: the report counts the new one only
                    Assessment old = assess(person, Profile.values()[(i + 1) % 3], officer, AssessedVia.HOME_VISIT);
                    backdate(old.getId(), today.minusDays(20));
                    assess(person, profile, officer, AssessedVia.HOME_VISIT);
                    assessed++;
                }
                default -> {
                    assess(person, profile, officer, i % 2 == 0 ? AssessedVia.HOME_VISIT : AssessedVia.INTERVIEW);
                    assessed++;
                }
            }
        }
        log.info("Silah loaded demo needs assessments of {} beneficiaries and {} awaiting verification", assessed,
                waiting);
    }

    private boolean anyAssessment() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single() > 0;
    }

    /** An officer's assessment; health answers only once the beneficiary's consent to them is recorded. */
    private Assessment assess(Person person, Profile profile, String officer, AssessedVia via) {
        boolean health = person.hasHealthNeed();
        if (health && consented.add(person.id())) {
            registry.recordConsent(person.id(), ConsentPurpose.SENSITIVE_DATA, Channel.INTERVIEW);
        }
        return assessments.assess(person.id(), NeedAssessments.GENERAL_FORM, answers(person, profile, health), via,
                officer);
    }

    private static Map<String, String> answers(Person person, Profile profile, boolean health) {
        int income = profile.incomePerMember * person.householdSize();
        Map<String, String> answers = new HashMap<>();
        // the household's income split as a charity sees it: social security first, then wages, then the rest
        int socialSecurity = profile == Profile.LOW ? 0 : Math.min(income, 1200);
        int salary = profile == Profile.HIGH ? 0 : (income - socialSecurity) * 3 / 4;
        answers.put("income_social_security", String.valueOf(socialSecurity));
        answers.put("income_salary", String.valueOf(salary));
        answers.put("income_other", String.valueOf(income - socialSecurity - salary));
        answers.put("rent", "rented".equals(profile.ownership) ? String.valueOf(1200 + 300 * person.householdSize()) : "0");
        answers.put("debts", profile == Profile.HIGH ? "25000" : "0");
        answers.put("housing_type", profile.housing);
        answers.put("housing_ownership", profile.ownership);
        answers.put("employment", profile.employment);
        if (health) {
            answers.put("disability", person.segments().contains("DISABILITIES") ? "yes" : "no");
            answers.put("chronic_illness", person.segments().contains("ELDERLY") ? "yes" : "no");
        }
        answers.put("notes", "تقدير تجريبي");
        return answers;
    }

    /** Moves an assessment back so that it lapses on {@code validUntil}, made and verified a year before. */
    private void backdate(UUID assessmentId, LocalDate validUntil) {
        Timestamp madeAt = Timestamp.from(validUntil.minusYears(1).atTime(LocalTime.of(10, 0))
                .atZone(Dates.RIYADH).toInstant());
        jdbc.sql("update assessment set assessed_at = :at, verified_at = :at, valid_until = :until where id = :id")
                .param("at", madeAt).param("until", Date.valueOf(validUntil)).param("id", assessmentId)
                .update();
    }
}
