package sa.silah.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FileDownload;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The needs assessment's public face: the forms and their versions, assessing a beneficiary (an officer at an
 * interview or a visit, or the beneficiary in the portal, verified by an officer), and reading a beneficiary's
 * assessments. Every assessment and verification is audited.
 */
@Service
@Transactional
public class NeedAssessments {

    /** The audit subject type of an assessment. */
    public static final String SUBJECT = "ASSESSMENT";
    /** The audit subject type of a form version. */
    public static final String FORM_SUBJECT = "ASSESSMENT_FORM";
    /** The form a fresh installation starts with. */
    public static final String GENERAL_FORM = "general";
    private static final Pattern FORM_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final AssessmentForms forms;
    private final AssessmentRecords assessments;
    private final BeneficiaryRegistry registry;
    private final EvidenceFiles evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NeedAssessments(AssessmentForms forms, AssessmentRecords assessments, BeneficiaryRegistry registry,
            EvidenceFiles evidence, ApplicationEventPublisher events, Clock clock) {
        this.forms = forms;
        this.assessments = assessments;
        this.registry = registry;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AssessmentForm> currentForms() {
        return forms.findByCurrentTrueOrderByCode();
    }

    @Transactional(readOnly = true)
    public AssessmentForm currentForm(String code) {
        return forms.findByCodeAndCurrentTrue(code).orElseThrow(() -> new RecordNotFoundException("assessment form", code));
    }

    @Transactional(readOnly = true)
    public AssessmentForm form(UUID id) {
        return forms.findById(id).orElseThrow(() -> new RecordNotFoundException("assessment form", id));
    }

    @Transactional(readOnly = true)
    public List<AssessmentForm> versions(String code) {
        return forms.findByCodeOrderByVersionNoDesc(code);
    }

    @Transactional(readOnly = true)
    public Page<AssessmentForm> versions(String code, Pageable pageable) {
        return forms.findByCodeOrderByVersionNoDesc(code, pageable);
    }

    /**
     * Writes the first version of a form under a new code: lower-case Latin letters, digits and underscores, not
     * taken by another form.
     */
    public AssessmentForm createForm(String code, AssessmentDefinition definition, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !FORM_CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "assessment.form.code.invalid"));
        } else if (forms.existsByCode(code)) {
            problems.add(new FieldProblem("code", "assessment.form.code.taken"));
        }
        try {
            definition.check();
        }
        catch (InvalidFieldsException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return saveForm(code, definition, actor);
    }

    /** Writes the first version of a new form, or the next version of an existing one. */
    public AssessmentForm saveForm(String code, AssessmentDefinition definition, String actor) {
        Instant now = clock.instant();
        Optional<AssessmentForm> current = forms.findByCodeAndCurrentTrue(code);
        AssessmentForm saved = current.map(form -> form.revise(definition, actor, now))
                .orElseGet(() -> AssessmentForm.first(code, definition, actor, now));
        forms.flush();
        forms.save(saved);
        publish(FORM_SUBJECT, saved.getId(), "FORM_VERSION_WRITTEN", actor,
                List.of(new FieldChange("version", null, code + " v" + saved.getVersionNo())));
        return saved;
    }

    /**
     * Assesses a beneficiary on the current version of the form. Answers to sensitive questions are refused unless
     * the beneficiary gave explicit consent to them.
     */
    public Assessment assess(UUID beneficiaryId, String formCode, Map<String, String> answers, AssessedVia via,
            String actor) {
        return assess(beneficiaryId, formCode, answers, via, actor, Map.of());
    }

    /**
     * Assesses as {@link #assess(UUID, String, Map, AssessedVia, String)} and keeps the documents sent for the
     * questions that ask for evidence, by question code; the assessment and its documents are kept together or not
     * at all, and a refused document is a problem on {@code evidence[code]}.
     */
    public Assessment assess(UUID beneficiaryId, String formCode, Map<String, String> answers, AssessedVia via,
            String actor, Map<String, EvidenceFile> documents) {
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        AssessmentForm form = currentForm(formCode);
        AssessmentDefinition definition = form.definition();
        Map<String, String> checked = definition.checkAnswers(answers, via);
        refuseSensitiveWithoutConsent(definition, checked, beneficiary);
        Household household = new Household(beneficiary.householdSize(), (int) beneficiary.dependents());
        Assessment assessment = assessments.save(Assessment.of(beneficiaryId, form, checked, household, via, actor,
                clock.instant()));
        publish(SUBJECT, assessment.getId(), "ASSESSED", actor, List.of(
                new FieldChange("score", null, String.valueOf(assessment.getScore())),
                new FieldChange("needLevel", null, assessment.getNeedLevel().name()),
                new FieldChange("status", null, assessment.getStatus().name())));
        evidence.attach(assessment, definition, documents, beneficiary.mayProcessFor(ConsentPurpose.SENSITIVE_DATA),
                actor, clock.instant());
        return assessment;
    }

    /** The documents supporting the assessment's answers, oldest first. */
    @Transactional(readOnly = true)
    public List<AssessmentEvidence> evidence(UUID assessmentId) {
        return evidence.of(assessmentId);
    }

    /** One document of the assessment with its content; another assessment's is not found. */
    @Transactional(readOnly = true)
    public FileDownload openEvidence(UUID assessmentId, UUID evidenceId) {
        return evidence.open(assessmentId, evidenceId);
    }

    /** The largest evidence document accepted, in bytes. */
    public long maxEvidenceBytes() {
        return evidence.maxBytes();
    }

    /** An officer verifies what the beneficiary filled in the portal; from then it counts. */
    public Assessment verify(UUID assessmentId, String officer) {
        Assessment assessment = get(assessmentId);
        assessment.verify(officer, clock.instant(), form(assessment.getFormId()).definition().validityMonths());
        publish(SUBJECT, assessmentId, "VERIFIED", officer, List.of(new FieldChange("status", "SUBMITTED", "VERIFIED")));
        return assessment;
    }

    public Assessment reject(UUID assessmentId, String note, String officer) {
        if (note == null || note.isBlank()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("note", "assessment.reject.note.required")));
        }
        Assessment assessment = get(assessmentId);
        assessment.reject(officer, clock.instant(), note.strip());
        publish(SUBJECT, assessmentId, "REJECTED", officer, List.of(new FieldChange("status", "SUBMITTED", "REJECTED")));
        return assessment;
    }

    @Transactional(readOnly = true)
    public Assessment get(UUID assessmentId) {
        return assessments.findById(assessmentId)
                .orElseThrow(() -> new RecordNotFoundException("assessment", assessmentId));
    }

    /** The beneficiary's latest verified assessment, if it is still valid today. */
    @Transactional(readOnly = true)
    public Optional<Assessment> valid(UUID beneficiaryId) {
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        return assessments.findFirstByBeneficiaryIdAndStatusOrderByVerifiedAtDesc(beneficiaryId,
                AssessmentStatus.VERIFIED).filter(assessment -> assessment.isValidOn(today));
    }

    /**
     * The monthly income per household member an assessment found: its income answers over the household it counted,
     * read with the form version it answered.
     */
    @Transactional(readOnly = true)
    public BigDecimal incomePerMember(Assessment assessment) {
        return form(assessment.getFormId()).definition().incomePerMember(assessment.answers(),
                new Household(assessment.getHouseholdSize(), assessment.getDependents()));
    }

    @Transactional(readOnly = true)
    public Page<Assessment> history(UUID beneficiaryId, Pageable pageable) {
        return assessments.findByBeneficiaryIdOrderByAssessedAtDesc(beneficiaryId, pageable);
    }

    /** What beneficiaries filled in the portal and waits for an officer, oldest first. */
    @Transactional(readOnly = true)
    public Page<Assessment> awaitingVerification(Pageable pageable) {
        return assessments.findByStatusOrderByAssessedAtAsc(AssessmentStatus.SUBMITTED, pageable);
    }

    /** Whether the sensitive questions may be asked: the beneficiary gave, and did not withdraw, explicit consent. */
    @Transactional(readOnly = true)
    public boolean mayAskSensitive(UUID beneficiaryId) {
        return registry.find(beneficiaryId).orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId))
                .mayProcessFor(ConsentPurpose.SENSITIVE_DATA);
    }

    private static void refuseSensitiveWithoutConsent(AssessmentDefinition definition, Map<String, String> checked,
            Beneficiary beneficiary) {
        if (beneficiary.mayProcessFor(ConsentPurpose.SENSITIVE_DATA)) {
            return;
        }
        List<FieldProblem> problems = checked.keySet().stream()
                .filter(code -> definition.question(code).sensitive())
                .map(code -> new FieldProblem("answers[" + code + "]", "assessment.answer.sensitive.noConsent"))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private void publish(String subjectType, UUID id, String action, String actor, List<FieldChange> changes) {
        events.publishEvent(new RecordChanged(subjectType, id.toString(), action, actor, changes, clock.instant()));
    }
}
