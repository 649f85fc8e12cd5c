package sa.silah.outreach;

import java.time.Instant;
import java.util.UUID;

/**
 * A request has waited for its beneficiary's documents longer than the {@link StandingRule#MISSING_DOCUMENTS} rule
 * allows: the beneficiary is reminded once in this waiting period. {@code awaitingSince} is when the request began to
 * wait, so that with the request it names the period (a later wait is another period, reminded again);
 * {@code missingDocuments} is what the officer said was awaited when asking, {@code null} when they said nothing.
 */
public record DocumentsReminderDue(UUID requestId, UUID beneficiaryId, Instant awaitingSince, String missingDocuments,
        Instant at) {
}
