package sa.silah.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.Assessment;
import sa.silah.assessment.AssessmentDefinition;
import sa.silah.assessment.AssessmentForm;
import sa.silah.assessment.AssessmentStateException;
import sa.silah.assessment.EvidenceFile;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The officer's side of the needs assessment: the card on the beneficiary's page, assessing at an interview or a
 * home visit (on a phone as well as a desk), an assessment with its explained score, a beneficiary's history, and
 * the queue of portal submissions to verify or reject. Sensitive answers reach the model only for the roles of
 * {@link SensitiveAnswers}.
 */
@Controller
class AssessmentController {

    private static final int PAGE_SIZE = 20;
    private static final int CARD_SIZE = 1;

    private final NeedAssessments assessments;
    private final BeneficiaryRegistry registry;

    AssessmentController(NeedAssessments assessments, BeneficiaryRegistry registry) {
        this.assessments = assessments;
        this.registry = registry;
    }

    /** The card on the beneficiary's page, loaded by htmx so that the registry does not depend on assessments. */
    @GetMapping("/beneficiaries/{id}/assessments/card")
    String card(@PathVariable UUID id, Model model) {
        model.addAttribute("beneficiaryId", id);
        model.addAttribute("valid", assessments.valid(id).orElse(null));
        model.addAttribute("latest", assessments.history(id, PageRequest.of(0, CARD_SIZE)).stream().findFirst()
                .orElse(null));
        return "assessment/card :: card";
    }

    @GetMapping("/beneficiaries/{id}/assessments")
    String history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("beneficiaryId", id);
        model.addAttribute("beneficiaryName", name(id));
        model.addAttribute("assessments", assessments.history(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "assessment/history";
    }

    @GetMapping("/beneficiaries/{id}/assessments/new")
    String newAssessment(@PathVariable UUID id, @RequestParam(defaultValue = NeedAssessments.GENERAL_FORM) String form,
            Model model, Locale locale) {
        return formPage(id, form, FilledAnswers.empty(), model, locale);
    }

    @PostMapping("/beneficiaries/{id}/assessments")
    String assess(@PathVariable UUID id, @RequestParam(defaultValue = NeedAssessments.GENERAL_FORM) String form,
            @RequestParam(required = false) String via, HttpServletRequest request, Authentication user, Model model,
            Locale locale) {
        AssessmentDefinition definition = assessments.currentForm(form).definition();
        Map<String, String> answers = answers(definition, request);
        FilledAnswers filled = new FilledAnswers(answers, via, Map.of());
        AssessedVia assessedVia = officersVia(via);
        if (assessedVia == null) {
            return formPage(id, form, filled.refusedFor(List.of(new FieldProblem("via", "assessment.via.required"))),
                    model, locale);
        }
        try (Uploads uploads = new Uploads(request, definition)) {
            Assessment assessment = assessments.assess(id, form, answers, assessedVia, user.getName(),
                    uploads.files());
            return "redirect:/assessments/" + assessment.getId() + "?assessed";
        }
        catch (InvalidFieldsException invalid) {
            return formPage(id, form, filled.refusedFor(invalid.problems()), model, locale);
        }
    }

    @GetMapping("/assessments/{assessmentId}")
    String view(@PathVariable UUID assessmentId, Authentication user, Model model, Locale locale) {
        Assessment assessment = assessments.get(assessmentId);
        AssessmentForm form = assessments.form(assessment.getFormId());
        boolean seesSensitive = SensitiveAnswers.mayRead(user);
        model.addAttribute("assessment", assessment);
        model.addAttribute("form", form);
        model.addAttribute("beneficiaryName", name(assessment.getBeneficiaryId()));
        model.addAttribute("view", AssessmentView.of(assessment, form.definition(), seesSensitive, locale));
        model.addAttribute("evidence", assessments.evidence(assessmentId).stream()
                .filter(document -> seesSensitive || !isSensitive(form.definition(), document.getQuestionCode()))
                .toList());
        return "assessment/view";
    }

    @GetMapping("/assessments/{assessmentId}/evidence/{evidenceId}")
    ResponseEntity<Resource> evidence(@PathVariable UUID assessmentId, @PathVariable UUID evidenceId,
            Authentication user) {
        Assessment assessment = assessments.get(assessmentId);
        AssessmentDefinition definition = assessments.form(assessment.getFormId()).definition();
        boolean sensitive = assessments.evidence(assessmentId).stream()
                .anyMatch(document -> document.getId().equals(evidenceId)
                        && isSensitive(definition, document.getQuestionCode()));
        if (sensitive && !SensitiveAnswers.mayRead(user)) {
            throw new RecordNotFoundException("assessment evidence", evidenceId);
        }
        return assessments.openEvidence(assessmentId, evidenceId).toResponseEntity();
    }

    @GetMapping("/assessments/pending")
    String pending(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<Assessment> waiting = assessments.awaitingVerification(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("assessments", waiting);
        model.addAttribute("names", registry.namesOf(waiting.map(Assessment::getBeneficiaryId).getContent()));
        return "assessment/pending";
    }

    @PostMapping("/assessments/{assessmentId}/verify")
    String verify(@PathVariable UUID assessmentId, Authentication user, RedirectAttributes redirect) {
        try {
            assessments.verify(assessmentId, user.getName());
            redirect.addFlashAttribute("message", "assessment.verified");
        }
        catch (AssessmentStateException alreadyDecided) {
            redirect.addFlashAttribute("error", "assessment.alreadyDecided");
        }
        return "redirect:/assessments/" + assessmentId;
    }

    @PostMapping("/assessments/{assessmentId}/reject")
    String reject(@PathVariable UUID assessmentId, @RequestParam(required = false) String note, Authentication user,
            RedirectAttributes redirect, Model model, Locale locale) {
        try {
            assessments.reject(assessmentId, note, user.getName());
            redirect.addFlashAttribute("message", "assessment.rejected");
            return "redirect:/assessments/" + assessmentId;
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("noteProblem", invalid.problems().get(0).messageKey());
            return view(assessmentId, user, model, locale);
        }
        catch (AssessmentStateException alreadyDecided) {
            redirect.addFlashAttribute("error", "assessment.alreadyDecided");
            return "redirect:/assessments/" + assessmentId;
        }
    }

    private String formPage(UUID beneficiaryId, String formCode, FilledAnswers filled, Model model, Locale locale) {
        AssessmentForm form = assessments.currentForm(formCode);
        boolean consented = assessments.mayAskSensitive(beneficiaryId);
        model.addAttribute("beneficiaryId", beneficiaryId);
        model.addAttribute("beneficiaryName", name(beneficiaryId));
        model.addAttribute("form", form);
        model.addAttribute("fields", AssessmentFormView.of(form.definition(), consented, locale));
        model.addAttribute("filled", filled);
        model.addAttribute("maxEvidenceBytes", assessments.maxEvidenceBytes());
        return "assessment/form";
    }

    private String name(UUID beneficiaryId) {
        String name = registry.namesOf(List.of(beneficiaryId)).get(beneficiaryId);
        if (name == null) {
            throw new RecordNotFoundException("beneficiary", beneficiaryId);
        }
        return name;
    }

    /** Each question's answer as sent: several checked choices joined by commas, as the form keeps them. */
    private static Map<String, String> answers(AssessmentDefinition definition, HttpServletRequest request) {
        Map<String, String> answers = new HashMap<>();
        definition.questions().forEach(question -> {
            String[] values = request.getParameterValues("answers[" + question.code() + "]");
            if (values != null) {
                answers.put(question.code(), String.join(",", values));
            }
        });
        return answers;
    }

    /** An officer assesses at an interview or on a visit; the portal is the beneficiary's own way. */
    private static AssessedVia officersVia(String via) {
        if (AssessedVia.INTERVIEW.name().equals(via)) {
            return AssessedVia.INTERVIEW;
        }
        return AssessedVia.HOME_VISIT.name().equals(via) ? AssessedVia.HOME_VISIT : null;
    }

    private static boolean isSensitive(AssessmentDefinition definition, String questionCode) {
        AssessmentDefinition.Question question = definition.question(questionCode);
        return question == null || question.sensitive();
    }

    /** The documents sent with the form, one per evidence question, their streams closed when the form is done. */
    private static final class Uploads implements AutoCloseable {

        private final Map<String, EvidenceFile> files = new LinkedHashMap<>();
        private final List<InputStream> opened = new ArrayList<>();

        Uploads(HttpServletRequest request, AssessmentDefinition definition) {
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            if (multipart == null) {
                return;
            }
            for (AssessmentDefinition.Question question : definition.questions()) {
                MultipartFile file = multipart.getFile("evidence[" + question.code() + "]");
                if (file != null && !file.isEmpty()) {
                    files.put(question.code(), new EvidenceFile(file.getOriginalFilename(), open(file)));
                }
            }
        }

        private InputStream open(MultipartFile file) {
            try {
                InputStream content = file.getInputStream();
                opened.add(content);
                return content;
            }
            catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        Map<String, EvidenceFile> files() {
            return files;
        }

        @Override
        public void close() {
            opened.forEach(content -> {
                try {
                    content.close();
                }
                catch (IOException ignored) {
                    // Nothing was kept from a stream that will not close.
                }
            });
        }
    }
}
