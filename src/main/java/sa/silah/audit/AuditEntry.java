package sa.silah.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One recorded change; {@code changes} holds the field changes as JSON. Append-only: Hibernate never writes an
 * update of it, and its repository has no way to change or delete one.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    private String subjectType;

    private String subjectId;

    private String action;

    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(RecordChanged event, String changesJson) {
        this.occurredAt = event.occurredAt();
        this.actor = event.actor();
        this.subjectType = event.subjectType();
        this.subjectId = event.subjectId();
        this.action = event.action();
        this.changes = changesJson;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
