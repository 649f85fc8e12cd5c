package sa.silah.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The administrator's searches of the trail and the access log, newest first. Written with the criteria API rather
 * than a specification executor, whose repositories would bring delete methods the append-only tables must not have.
 */
@Component
class AuditSearch {

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Only the conditions a filter sets, on the entity it reads. */
    private interface Conditions<T> {

        void add(Where<T> where);
    }

    /** Equalities and a time range, each added only when its value is given. */
    private record Where<T>(CriteriaBuilder builder, Root<T> root, List<Predicate> predicates) {

        void equal(String attribute, String value) {
            if (value != null) {
                predicates.add(builder.equal(root.get(attribute), value));
            }
        }

        void within(String attribute, Instant since, Instant until) {
            if (since != null) {
                predicates.add(builder.greaterThanOrEqualTo(root.get(attribute), since));
            }
            if (until != null) {
                predicates.add(builder.lessThan(root.get(attribute), until));
            }
        }
    }

    Page<AuditEntry> changes(AuditFilter filter, Pageable pageable) {
        return page(AuditEntry.class, "occurredAt", where -> {
            where.equal("actor", filter.actor());
            where.equal("subjectType", filter.subjectType());
            where.equal("subjectId", filter.subjectId());
            where.equal("action", filter.action());
            where.within("occurredAt", AuditPeriod.startOf(filter.from()), AuditPeriod.endOf(filter.to()));
        }, pageable);
    }

    Page<PersonalDataAccess> accesses(AccessFilter filter, Pageable pageable) {
        return page(PersonalDataAccess.class, "accessedAt", where -> {
            where.equal("actor", filter.actor());
            where.equal("subjectType", filter.subjectType());
            where.equal("subjectId", filter.subjectId());
            where.equal("purpose", filter.purpose());
            where.within("accessedAt", AuditPeriod.startOf(filter.from()), AuditPeriod.endOf(filter.to()));
        }, pageable);
    }

    /** The values a column holds, sorted, for a filter's list of choices; the attribute is this module's, never input. */
    List<String> distinct(Class<?> type, String attribute) {
        return entityManager.createQuery("select distinct e." + attribute + " from " + type.getSimpleName()
                + " e order by e." + attribute, String.class).getResultList();
    }

    private <T> Page<T> page(Class<T> type, String timeAttribute, Conditions<T> conditions, Pageable pageable) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = builder.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(predicates(builder, root, conditions))
                .orderBy(builder.desc(root.get(timeAttribute)), builder.desc(root.get("id")));
        List<T> content = entityManager.createQuery(query).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        return PageableExecutionUtils.getPage(content, pageable, () -> count(type, conditions));
    }

    private <T> long count(Class<T> type, Conditions<T> conditions) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<T> root = query.from(type);
        query.select(builder.count(root)).where(predicates(builder, root, conditions));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static <T> Predicate[] predicates(CriteriaBuilder builder, Root<T> root, Conditions<T> conditions) {
        Where<T> where = new Where<>(builder, root, new ArrayList<>());
        conditions.add(where);
        return where.predicates().toArray(Predicate[]::new);
    }
}
