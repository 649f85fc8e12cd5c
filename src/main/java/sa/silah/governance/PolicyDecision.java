package sa.silah.governance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A board member's approval or objection to a version, with a comment, the time and the account that recorded it:
 * the signature of the policy's signature table. Never changed once recorded: the entity has no setter and
 * Hibernate writes no update for it.
 */
@Entity
@Immutable
@Table(name = "policy_decision")
public class PolicyDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long policyVersionId;

    private Long boardMemberId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String comment;

    private Instant decidedAt;

    private String decidedBy;

    protected PolicyDecision() {
    }

    PolicyDecision(PolicyVersion version, BoardMember member, Decision decision, String comment, String actor,
            Instant now) {
        this.policyVersionId = version.getId();
        this.boardMemberId = member.getId();
        this.decision = decision;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.decidedBy = actor;
        // What both databases keep, so the record read back equals the one returned.
        this.decidedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public Long getPolicyVersionId() {
        return policyVersionId;
    }

    public Long getBoardMemberId() {
        return boardMemberId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
