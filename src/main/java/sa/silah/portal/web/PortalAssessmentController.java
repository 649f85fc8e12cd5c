package sa.silah.portal.web;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.Assessment;
import sa.silah.assessment.AssessmentDefinition;
import sa.silah.assessment.AssessmentDefinition.Question;
import sa.silah.assessment.AssessmentStatus;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.portal.AccountManagement;
import sa.silah.portal.PortalBeneficiary;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * The signed-in beneficiary fills the general needs assessment form and follows what became of it: awaiting an
 * officer's verification, verified (need level and validity) or rejected with the reason. Health and disability
 * questions are asked only of one who gave consent to sensitive data; the page links to giving it. Only the session's
 * beneficiary's assessment is read.
 */
@Controller
@RequestMapping("/portal/me/assessment")
class PortalAssessmentController {

    private final NeedAssessments assessments;
    private final AccountManagement accounts;

    PortalAssessmentController(NeedAssessments assessments, AccountManagement accounts) {
        this.assessments = assessments;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@AuthenticationPrincipal PortalBeneficiary signedIn, Model model) {
        return show(signedIn, new PortalAssessmentForm(), model);
    }

    @PostMapping
    String submit(@AuthenticationPrincipal PortalBeneficiary signedIn, @ModelAttribute("form") PortalAssessmentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            assessments.assess(signedIn.beneficiaryId(), NeedAssessments.GENERAL_FORM, form.getAnswers(),
                    AssessedVia.PORTAL, "beneficiary:" + signedIn.beneficiaryId());
            redirect.addFlashAttribute("message", "portal.assessment.submitted");
            return "redirect:/portal/me/assessment";
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        return show(signedIn, form, model);
    }

    private String show(PortalBeneficiary signedIn, PortalAssessmentForm form, Model model) {
        boolean sensitiveAllowed = accounts.consentsOf(signedIn.beneficiaryId()).stream()
                .anyMatch(line -> line.purpose() == ConsentPurpose.SENSITIVE_DATA && line.allowed());
        AssessmentDefinition definition = assessments.currentForm(NeedAssessments.GENERAL_FORM).definition();
        List<Question> asked = definition.questions().stream()
                .filter(question -> question.isAskedOf(AssessedVia.PORTAL))
                .filter(question -> sensitiveAllowed || !question.sensitive()).toList();
        Optional<Assessment> latest = assessments.history(signedIn.beneficiaryId(), PageRequest.of(0, 1)).stream()
                .findFirst();
        model.addAttribute("form", form);
        model.addAttribute("definition", definition);
        model.addAttribute("questions", asked);
        model.addAttribute("sensitiveWithheld", !sensitiveAllowed && definition.hasSensitiveQuestions());
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("awaiting", latest.filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED).isPresent());
        return "portal/assessment";
    }
}
