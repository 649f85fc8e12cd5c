package sa.silah.casework;

import java.time.Instant;
import java.util.UUID;

import sa.silah.shared.Channel;

/**
 * What intake records for a new request: who, what, on which channel; the answer already given (step one
 * of the policy); a promised time other than the computed one, with its reason (step two); and why the
 * beneficiary cannot be reached, if they have neither mobile nor email (step three).
 */
public record NewRequest(UUID beneficiaryId, RequestKind kind, Channel channel, String serviceCode, String subject,
        String description, Priority priority, String answerGiven, Instant promisedDueAt, String dueChangeReason,
        String contactWaiver) {
}
