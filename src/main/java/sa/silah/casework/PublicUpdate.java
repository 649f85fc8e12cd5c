package sa.silah.casework;

import java.time.Instant;

/**
 * One line of the timeline a beneficiary sees of their own request: a step of its workflow in plain words, or a
 * message between them and the association. It carries no staff username, no internal note, no assignment and no
 * SLA mark: those are for staff only.
 *
 * @param status the status the request reached, for {@link Type#STATUS_CHANGED}
 * @param text the reason given or the message, shown as written; {@code null} when there is none
 */
public record PublicUpdate(Instant at, Type type, RequestStatus status, String text) {

    /** What the line says happened. */
    public enum Type {
        SUBMITTED, STATUS_CHANGED, DUE_TIME_CHANGED, MESSAGE_FROM_BENEFICIARY, MESSAGE_TO_BENEFICIARY
    }
}
