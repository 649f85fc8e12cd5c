package sa.silah.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * What is known of a personal-data breach: when it was discovered (the start of the 72-hour clock) and, if known, when
 * it happened; what happened, to which kinds of data, about how many people, how risky it is and what was done to
 * contain it.
 */
public record BreachDetails(Instant discoveredAt, Instant occurredAt, String description,
        Set<DataCategory> dataCategories, Integer affectedCount, BreachRiskLevel riskLevel,
        String containmentActions) {

    public BreachDetails {
        dataCategories = DataCategories.copy(dataCategories);
    }

    /** @throws InvalidFieldsException naming every field with a problem */
    public BreachDetails check(Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (discoveredAt == null) {
            problems.add(new FieldProblem("discoveredAt", "privacy.breach.discoveredRequired"));
        } else if (discoveredAt.isAfter(now)) {
            problems.add(new FieldProblem("discoveredAt", "privacy.breach.inFuture"));
        }
        if (occurredAt != null && discoveredAt != null && occurredAt.isAfter(discoveredAt)) {
            problems.add(new FieldProblem("occurredAt", "privacy.breach.occurredAfterDiscovery"));
        }
        Texts.required(description, 4000, "description", "privacy.breach.descriptionRequired", problems);
        if (dataCategories.isEmpty()) {
            problems.add(new FieldProblem("dataCategories", "privacy.dataCategoriesRequired"));
        }
        if (affectedCount == null || affectedCount < 0) {
            problems.add(new FieldProblem("affectedCount", "privacy.breach.affectedCountRequired"));
        }
        if (riskLevel == null) {
            problems.add(new FieldProblem("riskLevel", "privacy.breach.riskLevelRequired"));
        }
        Texts.optional(containmentActions, 4000, "containmentActions", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return this;
    }
}
