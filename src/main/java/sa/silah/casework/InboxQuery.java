package sa.silah.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import sa.silah.shared.Channel;

/**
 * Which requests a list shows: an inbox tab and the filters an officer sets. Whatever it asks, the list
 * holds only the requests the caseworker may see.
 */
public record InboxQuery(Tab tab, RequestStatus status, RequestKind kind, Channel channel, Long serviceId,
        SlaState sla, UUID beneficiaryId) {

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
        return new InboxQuery(tab, null, null, null, null, null, null);
    }

    static InboxQuery ofBeneficiary(UUID beneficiaryId) {
        return new InboxQuery(Tab.ALL, null, null, null, null, null, beneficiaryId);
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
            return builder.and(where.toArray(Predicate[]::new));
        };
    }

    private static void addIfSet(List<Predicate> where, jakarta.persistence.criteria.CriteriaBuilder builder,
            jakarta.persistence.criteria.Path<Object> path, Object value) {
        if (value != null) {
            where.add(builder.equal(path, value));
        }
    }
}
