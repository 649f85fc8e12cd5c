package sa.silah.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * A call an officer is asked to make because a standing rule found the beneficiary (a high-need household nobody has
 * contacted for months). The daily job opens tasks and closes those whose beneficiary has been contacted since, in
 * SQL; an officer closes one here. While open, {@code open_key} (the rule and the beneficiary) is set and unique, so
 * that a beneficiary never has two open tasks of one rule, whoever inserts them; it is cleared on closing.
 */
@Entity
@Table(name = "call_task")
public class CallTask {

    /** Who closes a task when the timeline shows the beneficiary was contacted after it was opened. */
    public static final String JOB = "job";
    public static final int MAX_NOTE = 1000;

    @Id
    private UUID id;

    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    private StandingRule rule;

    private String reasonKey;

    private String reasonParams;

    private Instant createdAt;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private CallTaskStatus status;

    private String openKey;

    private String doneBy;

    private Instant doneAt;

    private String note;

    @Version
    private long version;

    protected CallTask() {
    }

    static String openKey(StandingRule rule, UUID beneficiaryId) {
        return rule.name() + ":" + beneficiaryId;
    }

    /**
     * The officer made the call; the note says what came of it.
     *
     * @throws InvalidFieldsException on {@code note} when too long, or {@code status} when the task is closed already
     */
    void done(String text, String actor, Instant now) {
        String written = text == null || text.isBlank() ? null : text.strip();
        if (written != null && written.length() > MAX_NOTE) {
            throw new InvalidFieldsException(List.of(new FieldProblem("note", "outreach.task.note.tooLong")));
        }
        if (status != CallTaskStatus.OPEN) {
            throw new InvalidFieldsException(List.of(new FieldProblem("status", "outreach.task.closedAlready")));
        }
        status = CallTaskStatus.DONE;
        openKey = null;
        doneBy = actor;
        doneAt = now;
        note = written;
    }

    /** The beneficiary is erased: an open call is not to be made, and the officer's note may name them. */
    void forget(Instant now) {
        if (status == CallTaskStatus.OPEN) {
            status = CallTaskStatus.CANCELLED;
            openKey = null;
            doneBy = JOB;
            doneAt = now;
        }
        note = null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public StandingRule getRule() {
        return rule;
    }

    public CallTaskStatus getStatus() {
        return status;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReasonParams() {
        return reasonParams;
    }
}
