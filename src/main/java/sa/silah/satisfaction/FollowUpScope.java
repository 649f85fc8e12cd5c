package sa.silah.satisfaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Whose follow-ups a member of staff sees: an administrator every department's; a manager their department's
 * and those that name no department, which nobody else would call back.
 */
public record FollowUpScope(boolean allDepartments, Long departmentId) {

    public static FollowUpScope everyDepartment() {
        return new FollowUpScope(true, null);
    }

    /** A manager's scope; {@code departmentId} may be empty, leaving only the follow-ups of no department. */
    public static FollowUpScope managerOf(Long departmentId) {
        return new FollowUpScope(false, departmentId);
    }

    public boolean covers(FollowUp followUp) {
        return allDepartments || followUp.getDepartmentId() == null
                || followUp.getDepartmentId().equals(departmentId);
    }

    /** The follow-ups in this scope and state (the columns of follow_up_open_idx). */
    Specification<FollowUp> matching(FollowUpState state, Instant now) {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!allDepartments) {
                predicates.add(departmentId == null ? builder.isNull(root.get("departmentId"))
                        : builder.or(builder.equal(root.get("departmentId"), departmentId),
                                builder.isNull(root.get("departmentId"))));
            }
            switch (state) {
                case OPEN -> predicates.add(builder.isNull(root.get("closedAt")));
                case OVERDUE -> {
                    predicates.add(builder.isNull(root.get("closedAt")));
                    predicates.add(builder.lessThan(root.get("dueAt"), now));
                }
                case CLOSED -> predicates.add(builder.isNotNull(root.get("closedAt")));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
