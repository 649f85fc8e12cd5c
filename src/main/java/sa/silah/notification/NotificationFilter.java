package sa.silah.notification;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** What the outbox page narrows by; each is an indexed column. Empty values do not narrow. */
public record NotificationFilter(MessageStatus status, NotificationChannel channel, String requestRef) {

    Specification<Notification> toSpecification() {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(builder.equal(root.get("status"), status));
            }
            if (channel != null) {
                predicates.add(builder.equal(root.get("channel"), channel));
            }
            if (requestRef != null && !requestRef.isBlank()) {
                predicates.add(builder.equal(root.get("requestRef"), requestRef.strip()));
            }
            if (query != null && query.getResultType() != Long.class) {
                query.orderBy(builder.desc(root.get("createdAt")));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
