package sa.silah.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a request's history: a status change, a new due time, an assignment, an SLA mark. */
@Entity
@Table(name = "request_history")
public class RequestHistoryEntry {

    /** What happened. */
    public enum Action {
        SUBMITTED, STATUS_CHANGED, REOPENED, DUE_TIME_CHANGED, ASSIGNED, AT_RISK, BREACHED, ESCALATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Enumerated(EnumType.STRING)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private RequestStatus toStatus;

    private String detail;

    protected RequestHistoryEntry() {
    }

    RequestHistoryEntry(Instant occurredAt, String actor, Action action, RequestStatus fromStatus,
            RequestStatus toStatus, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
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

    public Action getAction() {
        return action;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }
}
