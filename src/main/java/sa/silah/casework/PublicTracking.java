package sa.silah.casework;

import java.time.Instant;
import java.util.List;

/**
 * What a person who knows a request's reference and its mobile may see without signing in: its status, the
 * expected time and each change of status with its time. Never the reasons, notes or names of staff.
 */
public record PublicTracking(String referenceNumber, RequestKind kind, Long serviceId, RequestStatus status,
        Instant submittedAt, Instant dueAt, List<Update> updates) {

    /** One public step: the request reached this status at this time. */
    public record Update(Instant at, RequestStatus status) {
    }
}
