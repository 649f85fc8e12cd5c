package sa.silah.casework;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A breached request put before its department's managers: a task on their dashboard until one of them
 * takes it in hand.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID requestId;

    private Long departmentId;

    private Instant createdAt;

    private Instant handledAt;

    private String handledBy;

    protected Escalation() {
    }

    Escalation(UUID requestId, Long departmentId, Instant createdAt) {
        this.requestId = requestId;
        this.departmentId = departmentId;
        this.createdAt = createdAt;
    }

    void handle(String manager, Instant at) {
        if (handledAt == null) {
            handledAt = at;
            handledBy = manager;
        }
    }

    public Long getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getHandledBy() {
        return handledBy;
    }
}
