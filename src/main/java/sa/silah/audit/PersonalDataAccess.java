package sa.silah.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One entry of the personal-data access log. Append-only, like {@link AuditEntry}. */
@Entity
@Immutable
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant accessedAt;

    private String actor;

    private String subjectType;

    private String subjectId;

    private String purpose;

    protected PersonalDataAccess() {
    }

    PersonalDataAccess(PersonalDataAccessed event) {
        this.accessedAt = event.accessedAt();
        this.actor = event.actor();
        this.subjectType = event.subjectType();
        this.subjectId = event.subjectId();
        this.purpose = event.purpose();
    }

    public Long getId() {
        return id;
    }

    public Instant getAccessedAt() {
        return accessedAt;
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

    public String getPurpose() {
        return purpose;
    }
}
