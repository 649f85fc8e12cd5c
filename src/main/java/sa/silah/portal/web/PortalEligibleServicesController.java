package sa.silah.portal.web;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.catalog.ServiceOffering;
import sa.silah.eligibility.Eligibility;
import sa.silah.portal.PortalBeneficiary;

/**
 * "Services you can apply for": the active public services whose rules the signed-in beneficiary meets today, each
 * with a link to a new request for it. The catalog is small, so the decision is made for every public service and
 * the list shown ten at a time.
 */
@Controller
class PortalEligibleServicesController {

    private static final int PAGE_SIZE = 10;

    private final Eligibility eligibility;

    PortalEligibleServicesController(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/portal/services/eligible")
    String eligible(@AuthenticationPrincipal PortalBeneficiary me, @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<ServiceOffering> all = eligibility.eligibleServices(me.beneficiaryId());
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        int from = (int) Math.min(request.getOffset(), all.size());
        model.addAttribute("services", new PageImpl<>(all.subList(from, Math.min(from + PAGE_SIZE, all.size())),
                request, all.size()));
        return "portal/eligible-services";
    }
}
