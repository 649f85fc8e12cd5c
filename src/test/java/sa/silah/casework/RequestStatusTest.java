package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static sa.silah.casework.RequestStatus.AWAITING_BENEFICIARY;
import static sa.silah.casework.RequestStatus.CANCELLED;
import static sa.silah.casework.RequestStatus.IN_PROGRESS;
import static sa.silah.casework.RequestStatus.REJECTED;
import static sa.silah.casework.RequestStatus.RESOLVED;
import static sa.silah.casework.RequestStatus.SUBMITTED;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequestStatusTest {

    /** The policy's workflow, written out once more by hand. */
    static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = Map.of(
            SUBMITTED, Set.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, Set.of(AWAITING_BENEFICIARY, RESOLVED, REJECTED, CANCELLED),
            AWAITING_BENEFICIARY, Set.of(IN_PROGRESS, RESOLVED, REJECTED, CANCELLED),
            RESOLVED, Set.of(),
            REJECTED, Set.of(),
            CANCELLED, Set.of());

    @Test
    void allowsExactlyThePolicysTransitions() {
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                assertThat(from.next().contains(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void openAndClosedSplitTheStatuses() {
        assertThat(Set.of(RequestStatus.values())).allSatisfy(status -> assertThat(status.isOpen()).isNotEqualTo(status.isClosed()));
        assertThat(SUBMITTED.isOpen()).isTrue();
        assertThat(AWAITING_BENEFICIARY.isOpen()).isTrue();
        assertThat(RESOLVED.isClosed()).isTrue();
    }

    @Test
    void rejectingAndCancellingNeedAReason() {
        assertThat(Set.of(RequestStatus.values())).filteredOn(RequestStatus::needsReason)
                .containsExactlyInAnyOrder(REJECTED, CANCELLED);
    }
}
