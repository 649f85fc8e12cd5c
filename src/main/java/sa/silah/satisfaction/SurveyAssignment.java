package sa.silah.satisfaction;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.casework.RequestKind;

/**
 * Which survey the requests of a service, of a kind, or of both get when they close. The assignment with
 * neither names the default survey.
 */
@Entity
@Table(name = "survey_assignment")
public class SurveyAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long serviceId;

    @Enumerated(EnumType.STRING)
    private RequestKind requestKind;

    private String surveyCode;

    @Version
    private long version;

    protected SurveyAssignment() {
    }

    SurveyAssignment(Long serviceId, RequestKind requestKind, String surveyCode) {
        this.serviceId = serviceId;
        this.requestKind = requestKind;
        this.surveyCode = surveyCode;
    }

    /** How closely this assignment fits a request: 3 for service and kind, 2 service, 1 kind, 0 default, -1 not at all. */
    int fit(Long requestServiceId, RequestKind kind) {
        if (serviceId != null && !serviceId.equals(requestServiceId) || requestKind != null && requestKind != kind) {
            return -1;
        }
        return (serviceId != null ? 2 : 0) + (requestKind != null ? 1 : 0);
    }

    boolean isDefault() {
        return serviceId == null && requestKind == null;
    }

    void assign(String code) {
        this.surveyCode = code;
    }

    public Long getId() {
        return id;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public RequestKind getRequestKind() {
        return requestKind;
    }

    public String getSurveyCode() {
        return surveyCode;
    }
}
