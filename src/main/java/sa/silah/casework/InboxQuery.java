package sa.silah.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/**
 * Which requests a list shows: an inbox tab and the filters an officer sets, or those a report's figure stands
 * for (a department, the beneficiary's segment, the Riyadh days the requests were submitted on, both included,
 * and open ones only). Whatever it asks, the list holds only the requests the caseworker may see.
 */
public record InboxQuery(Tab tab, RequestStatus status, RequestKind kind, Channel channel, Long serviceId,
        SlaState sla, UUID beneficiaryId, Long departmentId, Long segmentId, LocalDate submittedFrom,
        LocalDate submittedTo, boolean openOnly) {

    /** The inbox tabs. */
    public enum Tab {
        MINE, DEPARTMENT, UNASSIGNED, AT_RISK, OVERDUE, ALL
    }

    private static final Set<RequestStatus> OPEN = Set.of(RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS,
            RequestStatus.AWAITING_BENEFICIARY);

    public InboxQuery {
        tab = tab == null ? Tab.ALL : tab;
    }

    public static InboxQuery ofTab(Tab tab) {
        return new InboxQuery(tab, null, null, null, null, null, null, null, null, null, null, false);
    }

    /** A tab narrowed by the filters an officer sets on a list. */
    public static InboxQuery of(Tab tab, RequestStatus status, RequestKind kind, Channel channel, Long serviceId,
            SlaState sla) {
        return new InboxQuery(tab, status, kind, channel, serviceId, sla, null, null, null, null, null, false);
    }

    static InboxQuery ofBeneficiary(UUID beneficiaryId) {
        return new InboxQuery(Tab.ALL, null, null, null, null, null, beneficiaryId, null, null, null, null, false);
    }

    /** Whether a report's filters narrow the list beyond what an officer sets on it. */
    public boolean narrowedByReport() {
        return departmentId != null || segmentId != null || submittedFrom != null || submittedTo != null || openOnly;
    }

    Specification<Request> toSpecification(Caseworker caseworker, Instant now) {
        return (root, query, builder) -> {
            List<Predicate> where = new ArrayList<>();
            if (!caseworker.seesEveryDepartment()) {
                where.add(builder.or(builder.equal(root.get("departmentId"), caseworker.departmentId()),
                        builder.equal(root.get("assignee"), caseworker.username())));
            }
            switch (tab) {
                case MINE -> {
                    where.add(builder.equal(root.get("assignee"), caseworker.username()));
                    where.add(root.get("status").in(OPEN));
                }
                case DEPARTMENT -> {
                    where.add(caseworker.departmentId() == null ? builder.disjunction()
                            : builder.equal(root.get("departmentId"), caseworker.departmentId()));
                    where.add(root.get("status").in(OPEN));
                }
                case UNASSIGNED -> {
                    where.add(builder.isNull(root.get("assignee")));
                    where.add(root.get("status").in(OPEN));
                }
                case AT_RISK -> {
                    where.add(builder.equal(root.get("slaState"), SlaState.AT_RISK));
                    where.add(root.get("status").in(OPEN));
                }
                case OVERDUE -> {
                    where.add(builder.or(builder.equal(root.get("slaState"), SlaState.BREACHED),
                            builder.lessThan(root.get("dueAt"), now)));
                    where.add(root.get("status").in(OPEN));
                }
                case ALL -> {
                }
            }
            addIfSet(where, builder, root.get("status"), status);
            addIfSet(where, builder, root.get("kind"), kind);
            addIfSet(where, builder, root.get("channel"), channel);
            addIfSet(where, builder, root.get("serviceId"), serviceId);
            addIfSet(where, builder, root.get("slaState"), sla);
            addIfSet(where, builder, root.get("beneficiaryId"), beneficiaryId);
            addIfSet(where, builder, root.get("departmentId"), departmentId);
            if (segmentId != null) {
                where.add(root.get("beneficiaryId").in(beneficiariesIn(segmentId, query, builder)));
            }
            if (submittedFrom != null) {
                where.add(builder.greaterThanOrEqualTo(root.get("submittedAt"),
                        submittedFrom.atStartOfDay(Dates.RIYADH).toInstant()));
            }
            if (submittedTo != null) {
                where.add(builder.lessThan(root.get("submittedAt"),
                        submittedTo.plusDays(1).atStartOfDay(Dates.RIYADH).toInstant()));
            }
            if (openOnly) {
                where.add(root.get("status").in(OPEN));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
    }

    /** The beneficiaries in a segment, as a subquery the database answers with the request list. */
    private static Subquery<UUID> beneficiariesIn(long segmentId, CriteriaQuery<?> query, CriteriaBuilder builder) {
        Subquery<UUID> beneficiaries = query.subquery(UUID.class);
        Root<Beneficiary> beneficiary = beneficiaries.from(Beneficiary.class);
        return beneficiaries.select(beneficiary.<UUID>get("id"))
                .where(builder.equal(beneficiary.join("segments").get("id"), segmentId));
    }

    private static void addIfSet(List<Predicate> where, CriteriaBuilder builder, Path<Object> path, Object value) {
        if (value != null) {
            where.add(builder.equal(path, value));
        }
    }
}
