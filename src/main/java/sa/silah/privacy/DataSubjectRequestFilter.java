package sa.silah.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the list of data-subject requests narrows by; each is an indexed column. Overdue means still open and past its
 * due time. Empty values do not narrow.
 */
public record DataSubjectRequestFilter(DataSubjectRequestStatus status, DataSubjectRight right, boolean overdue,
        UUID beneficiaryId) {

    Specification<DataSubjectRequest> toSpecification(Instant now) {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(builder.equal(root.get("status"), status));
            }
            if (right != null) {
                predicates.add(builder.equal(root.get("requestedRight"), right));
            }
            if (overdue) {
                predicates.add(root.get("status").in(DataSubjectRequestStatus.RECEIVED,
                        DataSubjectRequestStatus.IN_PROGRESS));
                predicates.add(builder.lessThan(root.get("dueAt"), now));
            }
            if (beneficiaryId != null) {
                predicates.add(builder.equal(root.get("beneficiaryId"), beneficiaryId));
            }
            if (query != null && query.getResultType() != Long.class) {
                query.orderBy(builder.desc(root.get("receivedAt")), builder.desc(root.get("reference")));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
