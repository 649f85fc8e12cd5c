package sa.silah.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a request. {@code SUBMITTED → IN_PROGRESS ⇄ AWAITING_BENEFICIARY → RESOLVED | REJECTED},
 * {@code CANCELLED} from any open status; a closed request may be reopened once, by a manager, back to
 * {@code IN_PROGRESS}.
 */
public enum RequestStatus {
    SUBMITTED, IN_PROGRESS, AWAITING_BENEFICIARY, RESOLVED, REJECTED, CANCELLED;

    public boolean isOpen() {
        return this == SUBMITTED || this == IN_PROGRESS || this == AWAITING_BENEFICIARY;
    }

    public boolean isClosed() {
        return !isOpen();
    }

    /** The statuses this one may move to in the ordinary flow (reopening is not one of them). */
    public Set<RequestStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(AWAITING_BENEFICIARY, RESOLVED, REJECTED, CANCELLED);
            case AWAITING_BENEFICIARY -> EnumSet.of(IN_PROGRESS, RESOLVED, REJECTED, CANCELLED);
            case RESOLVED, REJECTED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** Rejecting and cancelling must say why; so must reopening. */
    public boolean needsReason() {
        return this == REJECTED || this == CANCELLED;
    }
}
