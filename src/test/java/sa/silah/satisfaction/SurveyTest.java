package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sa.silah.casework.RequestKind;
import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** A survey's rules: what a definition may say, which answers it takes, and how versions follow each other. */
class SurveyTest {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    static final SurveyDefinition.Question OVERALL = new SurveyDefinition.Question("overall", QuestionType.RATING,
            Measure.OVERALL, "ما مدى رضاك؟", "How satisfied are you?", null, null, true);
    static final SurveyDefinition.Question RESOLVED = new SurveyDefinition.Question("resolved", QuestionType.YES_NO,
            Measure.RESOLUTION, "هل عولج طلبك؟", "Was it resolved?", null, null, true);
    static final SurveyDefinition.Question RECOMMEND = new SurveyDefinition.Question("recommend",
            QuestionType.LIKELIHOOD, null, "هل توصي بنا؟", "Would you recommend us?", null, null, false);
    static final SurveyDefinition.Question VISIT = new SurveyDefinition.Question("visit", QuestionType.CHOICE, null,
            "كيف وصلت إلينا؟", "How did you reach us?", "هاتف\nزيارة\n\nموقع", "Phone\nVisit\nWebsite", false);
    static final SurveyDefinition.Question COMMENT = new SurveyDefinition.Question("comment", QuestionType.TEXT, null,
            "ملاحظاتك", "Your comments", null, null, false);

    static Survey survey() {
        return Survey.first("general", new SurveyDefinition("استبيان", "Survey",
                List.of(OVERALL, RESOLVED, RECOMMEND, VISIT, COMMENT)), "admin", NOW);
    }

    @Test
    void takesScoresInTheirRangesAndTextWithinItsLength() {
        List<Answer> answers = survey().check(Map.of("overall", "5", "resolved", "0", "recommend", "10", "visit", "2",
                "comment", "  خدمة ممتازة  "));

        assertThat(answers).extracting(Answer::getKey, Answer::getScore, Answer::getText).containsExactly(
                org.assertj.core.groups.Tuple.tuple("overall", 5, null),
                org.assertj.core.groups.Tuple.tuple("resolved", 0, null),
                org.assertj.core.groups.Tuple.tuple("recommend", 10, null),
                org.assertj.core.groups.Tuple.tuple("visit", 2, null),
                org.assertj.core.groups.Tuple.tuple("comment", null, "خدمة ممتازة"));
    }

    @Test
    void namesEveryWrongAnswerAtOnce() {
        assertThatThrownBy(() -> survey().check(Map.of("overall", "0", "recommend", "11", "visit", "3",
                "comment", "x".repeat(2001))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactlyInAnyOrder(new FieldProblem("overall", "survey.answer.invalid"),
                                new FieldProblem("resolved", "survey.answer.required"),
                                new FieldProblem("recommend", "survey.answer.invalid"),
                                new FieldProblem("visit", "survey.answer.invalid"),
                                new FieldProblem("comment", "validation.tooLong")));
    }

    @Test
    void revisingRetiresThisVersionAndKeepsItsQuestions() {
        Survey first = survey();
        Survey second = first.revise(new SurveyDefinition("استبيان مختصر", "Short survey", List.of(OVERALL)), "admin",
                NOW.plusSeconds(60));

        assertThat(first.isCurrent()).isFalse();
        assertThat(first.getQuestions()).hasSize(5);
        assertThat(second.getVersionNo()).isEqualTo(2);
        assertThat(second.getCode()).isEqualTo("general");
        assertThat(second.getQuestions()).extracting(SurveyQuestion::getKey).containsExactly("overall");
        assertThatThrownBy(() -> first.revise(second.definition(), "admin", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDefinitionIsRefusedWithEveryProblemNamed() {
        var overallAsText = new SurveyDefinition.Question("overall", QuestionType.TEXT, Measure.OVERALL, "نص", "Text",
                null, null, true);
        var repeatedKey = new SurveyDefinition.Question("overall", QuestionType.RATING, null, " ", "Rating", null, null,
                false);
        var oneChoice = new SurveyDefinition.Question("Bad Key", QuestionType.CHOICE, null, "اختر", "Choose", "واحد",
                "One\nTwo", false);

        assertThatThrownBy(() -> new SurveyDefinition("", "Survey", List.of(overallAsText, repeatedKey, oneChoice)).check())
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactlyInAnyOrder(new FieldProblem("nameAr", "survey.field.required"),
                                new FieldProblem("questions[0].measure", "survey.question.measure.OVERALL"),
                                new FieldProblem("questions[1].key", "survey.question.key.repeated"),
                                new FieldProblem("questions[1].textAr", "survey.field.required"),
                                new FieldProblem("questions[2].key", "survey.question.key.invalid"),
                                new FieldProblem("questions[2].choicesAr", "survey.question.choices.invalid")));
        assertThatThrownBy(() -> new SurveyDefinition("استبيان", "Survey", List.of()).check())
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("questions", "survey.questions.none")));
    }

    @Test
    void theMostSpecificAssignmentFits() {
        var byDefault = new SurveyAssignment(null, null, "general");
        var inquiries = new SurveyAssignment(null, RequestKind.INQUIRY, "inquiry");
        var service = new SurveyAssignment(7L, null, "food");
        var serviceInquiries = new SurveyAssignment(7L, RequestKind.INQUIRY, "food-inquiry");

        assertThat(List.of(byDefault, inquiries, service, serviceInquiries))
                .extracting(assignment -> assignment.fit(7L, RequestKind.INQUIRY)).containsExactly(0, 1, 2, 3);
        assertThat(List.of(byDefault, inquiries, service, serviceInquiries))
                .extracting(assignment -> assignment.fit(8L, RequestKind.SERVICE)).containsExactly(0, -1, -1, -1);
    }

    @Test
    void anInvitationIsAnsweredOnceBeforeItExpiresAndRemindedOnceInBetween() {
        Invitation invitation = Invitation.issue(survey(), new Invitation.Subject(InvitationPurpose.REQUEST_CLOSED,
                null, "REQ-1448-000001", null, null, "ar",
                new Breakdown(7L, 3L, RequestKind.SERVICE, Channel.PHONE, "officer"), Set.of()), NOW, Duration.ofDays(14));

        assertThat(invitation.needsReminder(NOW.plus(Duration.ofDays(2)), Duration.ofDays(3))).isFalse();
        assertThat(invitation.needsReminder(NOW.plus(Duration.ofDays(3)), Duration.ofDays(3))).isTrue();
        invitation.reminded(NOW.plus(Duration.ofDays(3)));
        assertThat(invitation.needsReminder(NOW.plus(Duration.ofDays(4)), Duration.ofDays(3))).isFalse();
        assertThat(invitation.closedAt(NOW.plus(Duration.ofDays(14)))).contains(Invitation.Closed.EXPIRED);

        invitation.answered(NOW.plus(Duration.ofDays(5)));
        assertThat(invitation.closedAt(NOW.plus(Duration.ofDays(5)))).contains(Invitation.Closed.ANSWERED);
        assertThatThrownBy(() -> invitation.answered(NOW.plus(Duration.ofDays(6))))
                .isInstanceOf(InvitationClosedException.class);
    }
}
