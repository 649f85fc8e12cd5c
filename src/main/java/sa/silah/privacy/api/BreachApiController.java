package sa.silah.privacy.api;

import java.time.Instant;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.privacy.Breach;
import sa.silah.privacy.BreachClock;
import sa.silah.privacy.BreachRegister;
import sa.silah.privacy.BreachRiskLevel;
import sa.silah.privacy.BreachStatus;
import sa.silah.privacy.DataCategory;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;

/** The breach register, read-only, with each breach's 72-hour notification clock. */
@ApiController("/api/v1/breaches")
@Tag(name = "Breaches", description = "The register of personal-data breaches (PDPL) and their 72-hour clocks")
class BreachApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final BreachRegister register;

    BreachApiController(BreachRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "The breaches, the latest discovered first (administrators and managers)",
            description = "notificationDeadline is discoveredAt + 72 hours. clock is RUNNING or OVERDUE while the "
                    + "authority (SDAIA) is not notified, NOTIFIED_IN_TIME or NOTIFIED_LATE once it is, NOT_REQUIRED "
                    + "when a reason not to notify is recorded; marginMinutes is the time to the deadline from now "
                    + "(or from the notification once made), negative when past it.")
    ApiPage<BreachEntry> breaches(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Instant now = register.now();
        return ApiPage.of(register.page(page, Math.min(Math.max(size, 1), MAX_PAGE_SIZE)),
                breach -> BreachEntry.of(breach, now));
    }

    record BreachEntry(String reference, BreachStatus status, BreachRiskLevel riskLevel, int affectedCount,
            Set<DataCategory> dataCategories, Instant discoveredAt, Instant occurredAt, Instant notificationDeadline,
            Instant authorityNotifiedAt, Instant peopleNotifiedAt, BreachClock.State clock, long marginMinutes) {

        static BreachEntry of(Breach breach, Instant now) {
            BreachClock clock = breach.clock(now);
            return new BreachEntry(breach.getReference(), breach.getStatus(), breach.getRiskLevel(),
                    breach.getAffectedCount(), breach.getDataCategories(), breach.getDiscoveredAt(),
                    breach.getOccurredAt(), breach.notificationDeadline(), breach.getAuthorityNotifiedAt(),
                    breach.getPeopleNotifiedAt(), clock.state(), clock.margin().toMinutes());
        }
    }
}
