package sa.silah.casework.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import sa.silah.casework.CallOutcome;
import sa.silah.casework.Interaction;
import sa.silah.casework.Request;
import sa.silah.casework.RequestHistoryEntry;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.SlaState;
import sa.silah.casework.SocialPlatform;
import sa.silah.catalog.Department;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/** A request as the API shows it; times carry the Riyadh offset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RequestResponse(UUID id, String referenceNumber, RequestKind kind, Channel channel, UUID beneficiaryId,
        String serviceCode, String subject, String description, String priority, DepartmentRef department,
        String assignee, RequestStatus status, OffsetDateTime submittedAt, String promisedDuration,
        OffsetDateTime dueAt, SlaState sla, OffsetDateTime closedAt, String closingNote,
        Long businessMinutesToClose, Boolean closedWithinDueTime, List<HistoryEntry> history) {

    record DepartmentRef(String code, String nameAr, String nameEn) {
    }

    record HistoryEntry(OffsetDateTime at, String actor, RequestHistoryEntry.Action action, RequestStatus from,
            RequestStatus to, String detail) {
    }

    static RequestResponse of(Request request, Map<Long, Department> departments, Map<Long, ServiceOffering> services,
            boolean withHistory) {
        Department department = departments.get(request.getDepartmentId());
        ServiceOffering service = services.get(request.getServiceId());
        return new RequestResponse(request.getId(), request.getReferenceNumber(), request.getKind(),
                request.getChannel(), request.getBeneficiaryId(), service == null ? null : service.getCode(),
                request.getSubject(), request.getDescription(), request.getPriority().name(),
                department == null ? null : new DepartmentRef(department.getCode(), department.getNameAr(),
                        department.getNameEn()),
                request.getAssignee(), request.getStatus(), riyadh(request.getSubmittedAt()),
                request.getPromisedDuration().toString(), riyadh(request.getDueAt()), request.getSlaState(),
                riyadh(request.getClosedAt()), request.getClosingNote(), request.getBusinessMinutesToClose(),
                request.getClosedWithinDueTime(),
                withHistory ? request.getHistory().stream().map(entry -> new HistoryEntry(riyadh(entry.getOccurredAt()),
                        entry.getActor(), entry.getAction(), entry.getFromStatus(), entry.getToStatus(),
                        entry.getDetail())).toList() : null);
    }

    static OffsetDateTime riyadh(Instant instant) {
        return instant == null ? null : instant.atZone(Dates.RIYADH).toOffsetDateTime();
    }

    /** A contact as the API shows it: the text is the summary staff wrote or the message received. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InteractionResponse(Long id, String type, Channel channel, String direction, String summary,
            boolean internal, String actor, OffsetDateTime occurredAt, SocialPlatform platform, String handle,
            String link, String phoneNumber, Integer durationSeconds, CallOutcome outcome, String requestReference) {

        static InteractionResponse of(Interaction interaction, String requestReference) {
            return new InteractionResponse(interaction.getId(), interaction.getType().name(), interaction.getChannel(),
                    interaction.getDirection().name(), interaction.getSummary(), interaction.isInternal(),
                    interaction.getActor(), riyadh(interaction.getOccurredAt()), interaction.getPlatform(),
                    interaction.getHandle(), interaction.getLink(), interaction.getPhoneNumber(),
                    interaction.getDurationSeconds(), interaction.getOutcome(), requestReference);
        }
    }

}
