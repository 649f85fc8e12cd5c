package sa.silah.governance;

import java.util.Map;
import java.util.Set;

/**
 * Where a version of a policy stands: written, reviewed by the board, approved, published, then superseded when a
 * newer version is published (which also closes an older version still in review or approved).
 */
public enum PolicyStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED;

    private static final Map<PolicyStatus, Set<PolicyStatus>> NEXT = Map.of(
            DRAFT, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(APPROVED, SUPERSEDED),
            APPROVED, Set.of(PUBLISHED, SUPERSEDED),
            PUBLISHED, Set.of(SUPERSEDED),
            SUPERSEDED, Set.of());

    public boolean canBecome(PolicyStatus next) {
        return NEXT.get(this).contains(next);
    }
}
