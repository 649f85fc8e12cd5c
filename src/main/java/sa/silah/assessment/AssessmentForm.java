package sa.silah.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import tools.jackson.databind.json.JsonMapper;

/**
 * One version of an assessment form. A version never changes once written: revising a form retires the current
 * version and writes the next, and every assessment keeps the version it answered.
 */
@Entity
@Table(name = "assessment_form")
public class AssessmentForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;

    private String code;

    private int versionNo;

    private String definition;

    private boolean current;

    private Instant createdAt;

    private String createdBy;

    @Transient
    private AssessmentDefinition parsed;

    protected AssessmentForm() {
    }

    private AssessmentForm(String code, int versionNo, AssessmentDefinition definition, String actor, Instant now) {
        definition.check();
        this.id = UUID.randomUUID();
        this.code = code;
        this.versionNo = versionNo;
        this.definition = JSON.writeValueAsString(definition);
        this.current = true;
        this.createdAt = now;
        this.createdBy = actor;
        this.parsed = definition;
    }

    static AssessmentForm first(String code, AssessmentDefinition definition, String actor, Instant now) {
        return new AssessmentForm(code, 1, definition, actor, now);
    }

    /** Retires this version and answers the next one, with the new definition. */
    AssessmentForm revise(AssessmentDefinition revised, String actor, Instant now) {
        AssessmentForm next = new AssessmentForm(code, versionNo + 1, revised, actor, now);
        current = false;
        return next;
    }

    public AssessmentDefinition definition() {
        if (parsed == null) {
            parsed = JSON.readValue(definition, AssessmentDefinition.class);
        }
        return parsed;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public boolean isCurrent() {
        return current;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
