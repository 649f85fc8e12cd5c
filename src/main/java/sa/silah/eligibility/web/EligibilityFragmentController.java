package sa.silah.eligibility.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.eligibility.Eligibility;

/**
 * The decision for a beneficiary and a service as an htmx fragment, for the intake page: eligible or not, the reasons,
 * and when not eligible the field for the reason of an override. Nothing when either is not chosen or unknown.
 */
@Controller
class EligibilityFragmentController {

    private final Eligibility eligibility;

    EligibilityFragmentController(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/eligibility/fragment")
    String fragment(@RequestParam(name = "beneficiaryId", required = false) UUID beneficiary,
            @RequestParam(name = "serviceCode", required = false) String service, Model model) {
        model.addAttribute("decision", eligibility.find(beneficiary, service).orElse(null));
        return "eligibility/decision :: decision";
    }
}
