package sa.silah.governance;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the board has approved a version: the approvals of sitting members against the sitting board. Objections
 * are recorded and shown, but only approvals count towards the quorum.
 */
public enum Quorum {

    /** More than half of the sitting members, the chair among them (the default). */
    MAJORITY_WITH_CHAIR,
    /** More than half of the sitting members. */
    MAJORITY,
    /** Every sitting member. */
    UNANIMOUS;

    public boolean reached(Collection<BoardMember> sitting, Collection<Long> approvedBy) {
        Set<Long> sittingIds = sitting.stream().map(BoardMember::getId).collect(Collectors.toSet());
        long approvals = approvedBy.stream().distinct().filter(sittingIds::contains).count();
        if (sittingIds.isEmpty()) {
            return false;
        }
        return switch (this) {
            case MAJORITY -> approvals * 2 > sittingIds.size();
            case UNANIMOUS -> approvals == sittingIds.size();
            case MAJORITY_WITH_CHAIR -> approvals * 2 > sittingIds.size() && sitting.stream()
                    .anyMatch(member -> member.getRole() == BoardRole.CHAIR && approvedBy.contains(member.getId()));
        };
    }
}
