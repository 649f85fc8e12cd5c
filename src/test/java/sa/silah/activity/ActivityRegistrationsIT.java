package sa.silah.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.eligibility.EligibilityRule;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.test.IntegrationTest;

/** Registration for activities on the real database: capacity, the waiting list, eligibility and the window. */
@IntegrationTest
class ActivityRegistrationsIT {

    @Autowired
    ActivityCatalog catalog;
    @Autowired
    ActivityRegistrations registrations;
    @Autowired
    BeneficiaryRegistry registry;

    @Test
    void concurrentRegistrationsNeverExceedTheCapacityAndTheRestWaitInOrder() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(3));
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(ActivityFixture.person(registry));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Registration>> tasks = people.stream().<Callable<Registration>>map(person -> () -> registrations
                    .register(activity.getId(), person, RegistrationVia.PORTAL, "portal", null)).toList();
            for (Future<Registration> done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(registrations.of(activity.getId(), RegistrationStatus.REGISTERED, PageRequest.of(0, 20))
                .getTotalElements()).isEqualTo(3);
        assertThat(registrations.of(activity.getId(), RegistrationStatus.WAITLISTED, PageRequest.of(0, 20))
                .getTotalElements()).isEqualTo(9);
        assertThat(catalog.placesOf(List.of(activity.getId())).get(activity.getId()))
                .containsEntry(RegistrationStatus.REGISTERED, 3L).containsEntry(RegistrationStatus.WAITLISTED, 9L);
    }

    @Test
    void aCancelledPlaceGoesToTheFirstOnTheWaitingList() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        UUID first = ActivityFixture.person(registry);
        UUID second = ActivityFixture.person(registry);
        UUID third = ActivityFixture.person(registry);
        Registration held = registrations.register(activity.getId(), first, RegistrationVia.OFFICER, "officer", null);
        Registration waiting = registrations.register(activity.getId(), second, RegistrationVia.PORTAL, "portal", null);
        Registration later = registrations.register(activity.getId(), third, RegistrationVia.REPLY, "whatsapp", null);
        assertThat(held.getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);

        registrations.cancel(held.getId(), "portal");

        assertThat(registrations.get(waiting.getId()).getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registrations.get(waiting.getId()).getPromotedAt()).isNotNull();
        assertThat(registrations.get(later.getId()).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registrations.get(held.getId()).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void registeringTwiceTakesNothingMoreAndRegisteringAgainAfterCancellingGoesToTheBack() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        UUID person = ActivityFixture.person(registry);
        UUID other = ActivityFixture.person(registry);
        Registration once = registrations.register(activity.getId(), person, RegistrationVia.PORTAL, "portal", null);
        Registration twice = registrations.register(activity.getId(), person, RegistrationVia.REPLY, "whatsapp", null);
        assertThat(twice.getId()).isEqualTo(once.getId());
        assertThat(twice.getVia()).isEqualTo(RegistrationVia.PORTAL);

        registrations.cancel(once.getId(), "portal");
        registrations.register(activity.getId(), other, RegistrationVia.PORTAL, "portal", null);
        Registration again = registrations.register(activity.getId(), person, RegistrationVia.PORTAL, "portal", null);

        assertThat(again.getId()).isEqualTo(once.getId());
        assertThat(again.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void whoTheActivityIsNotForIsRefusedWithTheReasons() {
        Activity forTheElderly = ActivityFixture.published(catalog, ActivityFixture.details(10, Set.of("ELDERLY"),
                new EligibilityCriteria(null, null, 60, null, null, null, List.of("جدة"), null)));
        UUID person = ActivityFixture.person(registry);

        assertThatThrownBy(() -> registrations.register(forTheElderly.getId(), person, RegistrationVia.PORTAL, "portal",
                null)).isInstanceOfSatisfying(RegistrationRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("activity.registration.notEligible");
                    assertThat(refused.decision().orElseThrow().failedRules()).containsExactly(EligibilityRule.SEGMENT,
                            EligibilityRule.AGE, EligibilityRule.CITY);
                });
        assertThat(registrations.find(forTheElderly.getId(), person)).isEmpty();
    }

    @Test
    void registrationIsTakenOnlyWhenPublishedAndInsideItsWindow() {
        Activity draft = catalog.draft(ActivityFixture.openTo(5), "officer");
        UUID person = ActivityFixture.person(registry);
        assertThatThrownBy(() -> registrations.register(draft.getId(), person, RegistrationVia.PORTAL, "portal", null))
                .hasMessage("activity.registration.notPublished");

        ActivityDetails open = ActivityFixture.openTo(5);
        Instant opensLater = Instant.now().plus(Duration.ofDays(1));
        Activity notYet = ActivityFixture.published(catalog, new ActivityDetails(open.kind(), open.titleAr(), null,
                open.descriptionAr(), null, open.startsAt(), open.endsAt(), open.place(), null, 5, opensLater,
                open.startsAt(), null, Set.of(), null, false, true));
        assertThatThrownBy(() -> registrations.register(notYet.getId(), person, RegistrationVia.PORTAL, "portal", null))
                .hasMessage("activity.registration.notYetOpen");

        Activity cancelled = ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        catalog.cancel(cancelled.getId(), "لم يكتمل المدربون", "officer");
        assertThatThrownBy(() -> registrations.register(cancelled.getId(), person, RegistrationVia.PORTAL, "portal",
                null)).hasMessage("activity.registration.cancelled");
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndTheCapacityCannotFallBelowThePlacesTaken() {
        ActivityDetails open = ActivityFixture.openTo(2);
        assertThatThrownBy(() -> catalog.draft(new ActivityDetails(null, " ", null, null, null, open.endsAt(),
                open.startsAt(), null, "http://example.org", 0, open.registrationOpensAt(), open.registrationOpensAt(),
                null, Set.of(), null, false, false), "officer"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.field()).contains("kind", "titleAr", "descriptionAr", "endsAt",
                                "onlineLink", "capacity", "registrationClosesAt"));

        Activity activity = ActivityFixture.published(catalog, open);
        registrations.register(activity.getId(), ActivityFixture.person(registry), RegistrationVia.PORTAL, "p", null);
        registrations.register(activity.getId(), ActivityFixture.person(registry), RegistrationVia.PORTAL, "p", null);
        assertThatThrownBy(() -> catalog.revise(activity.getId(), ActivityFixture.openTo(1), "officer"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("activity.capacity.belowTaken"));
        assertThat(catalog.get(activity.getId()).getCapacity()).isEqualTo(2);
    }
}
