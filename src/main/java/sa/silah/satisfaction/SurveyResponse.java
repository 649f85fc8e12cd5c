package sa.silah.satisfaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A beneficiary's answers to one invitation. An anonymous response keeps neither its invitation, nor the request,
 * nor the beneficiary, and only the day it was given; it still counts in every figure.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    private UUID id;

    private Long surveyId;

    private UUID invitationId;

    private UUID requestId;

    private String requestRef;

    private UUID beneficiaryId;

    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    private InvitationPurpose purpose;

    private LocalDate submittedOn;

    @Embedded
    private Breakdown breakdown;

    private Integer overallScore;

    private Boolean resolved;

    private Integer recommendScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_response_segment", joinColumns = @JoinColumn(name = "response_id"))
    @Column(name = "segment_id")
    private Set<Long> segmentIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    static SurveyResponse to(Invitation invitation, Survey survey, List<Answer> answers, boolean anonymous,
            LocalDate today) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.surveyId = survey.getId();
        response.anonymous = anonymous;
        if (!anonymous) {
            response.invitationId = invitation.getId();
            response.requestId = invitation.getRequestId();
            response.requestRef = invitation.getRequestRef();
            response.beneficiaryId = invitation.getBeneficiaryId();
        }
        response.purpose = invitation.getPurpose();
        response.submittedOn = today;
        response.breakdown = invitation.getBreakdown().copy();
        response.segmentIds.addAll(invitation.getSegmentIds());
        response.answers.addAll(answers);
        response.overallScore = survey.question(Measure.OVERALL).flatMap(q -> response.score(q.getKey())).orElse(null);
        response.resolved = survey.question(Measure.RESOLUTION).flatMap(q -> response.score(q.getKey()))
                .map(score -> score == 1).orElse(null);
        response.recommendScore = survey.likelihoodQuestion().flatMap(q -> response.score(q.getKey())).orElse(null);
        return response;
    }

    private Optional<Integer> score(String key) {
        return answers.stream().filter(answer -> answer.getKey().equals(key)).map(Answer::getScore).findFirst();
    }

    /**
     * Why this response needs a manager to call the beneficiary: an overall rating of 1 or 2, or a no to "was your
     * request resolved?". Never for an anonymous answer: nobody could be called without breaking the promise.
     */
    Optional<FollowUp.Reason> followUpReason() {
        if (anonymous) {
            return Optional.empty();
        }
        if (overallScore != null && overallScore <= 2) {
            return Optional.of(FollowUp.Reason.LOW_RATING);
        }
        if (Boolean.FALSE.equals(resolved)) {
            return Optional.of(FollowUp.Reason.NOT_RESOLVED);
        }
        return Optional.empty();
    }

    public UUID getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    /** The invitation answered; empty for an anonymous response. */
    public UUID getInvitationId() {
        return invitationId;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getRequestRef() {
        return requestRef;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public InvitationPurpose getPurpose() {
        return purpose;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public Breakdown getBreakdown() {
        return breakdown;
    }

    public Integer getOverallScore() {
        return overallScore;
    }

    public Boolean getResolved() {
        return resolved;
    }

    public Integer getRecommendScore() {
        return recommendScore;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }
}
