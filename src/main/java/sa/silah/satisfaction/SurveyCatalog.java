package sa.silah.satisfaction;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.casework.RequestKind;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The surveys and which requests get which: administrators write surveys (each change a new version) and assign
 * them to services and request kinds.
 */
@Service
@Transactional
public class SurveyCatalog {

    private final Surveys surveys;
    private final SurveyAssignments assignments;
    private final Clock clock;

    SurveyCatalog(Surveys surveys, SurveyAssignments assignments, Clock clock) {
        this.surveys = surveys;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The current version of every survey, by code. */
    @Transactional(readOnly = true)
    public List<Survey> current() {
        return surveys.findByRetiredAtIsNullOrderByCode();
    }

    @Transactional(readOnly = true)
    public Survey current(String code) {
        return surveys.findByCodeAndRetiredAtIsNull(code)
                .orElseThrow(() -> new NoSuchElementException("no survey " + code));
    }

    /** Every version of a survey, the newest first. */
    @Transactional(readOnly = true)
    public List<Survey> versions(String code) {
        return surveys.findByCodeOrderByVersionNoDesc(code);
    }

    @Transactional(readOnly = true)
    public Survey version(long id) {
        return surveys.findById(id).orElseThrow(() -> new NoSuchElementException("no survey version " + id));
    }

    /** A new survey; its code must be new. */
    public Survey create(String code, SurveyDefinition definition, String actor) {
        String checked = code == null ? "" : code.strip();
        if (!checked.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new InvalidFieldsException(List.of(new FieldProblem("code", "survey.code.invalid")));
        }
        if (surveys.findByCodeAndRetiredAtIsNull(checked).isPresent()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("code", "survey.code.taken")));
        }
        return surveys.save(Survey.first(checked, definition, actor, clock.instant()));
    }

    /** Retires the current version of a survey and answers the new one. */
    public Survey revise(String code, SurveyDefinition definition, String actor) {
        Survey next = current(code).revise(definition, actor, clock.instant());
        surveys.flush();
        return surveys.save(next);
    }

    /** The assignments, the default first, then by how specific they are. */
    @Transactional(readOnly = true)
    public List<SurveyAssignment> assignments() {
        return assignments.findAll().stream()
                .sorted(Comparator.comparingInt((SurveyAssignment a) -> a.fit(a.getServiceId(), a.getRequestKind()))
                        .thenComparing(SurveyAssignment::getId))
                .toList();
    }

    /**
     * Requests of this service and kind (either may be empty) get this survey from now on; an existing
     * assignment for the same pair is changed.
     */
    public SurveyAssignment assign(Long serviceId, RequestKind kind, String surveyCode) {
        if (surveyCode == null || surveys.findByCodeAndRetiredAtIsNull(surveyCode).isEmpty()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("surveyCode", "survey.assignment.survey.unknown")));
        }
        SurveyAssignment assignment = assignments.findAll().stream()
                .filter(a -> Objects.equals(a.getServiceId(), serviceId) && a.getRequestKind() == kind)
                .findFirst()
                .orElseGet(() -> new SurveyAssignment(serviceId, kind, surveyCode));
        assignment.assign(surveyCode);
        return assignments.save(assignment);
    }

    /** Removes an assignment; the default one stays, since every closed request needs a survey. */
    public void unassign(long id) {
        SurveyAssignment assignment = assignments.findById(id)
                .orElseThrow(() -> new NoSuchElementException("no survey assignment " + id));
        if (assignment.isDefault()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("id", "survey.assignment.default.kept")));
        }
        assignments.delete(assignment);
    }

    /** The current version of the survey the most specific assignment names for a request. */
    @Transactional(readOnly = true)
    public Survey surveyFor(Long serviceId, RequestKind kind) {
        String code = assignments.findAll().stream()
                .filter(a -> a.fit(serviceId, kind) >= 0)
                .max(Comparator.comparingInt(a -> a.fit(serviceId, kind)))
                .map(SurveyAssignment::getSurveyCode)
                .orElseThrow(() -> new IllegalStateException("no default survey assignment"));
        return current(code);
    }
}
