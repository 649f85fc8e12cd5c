package sa.silah.eligibility.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.eligibility.Eligibility;
import sa.silah.eligibility.EligibilityOverride;
import sa.silah.eligibility.OverrideCount;

/**
 * The managers' report of overrides: how many each officer recorded for each service, and the overrides themselves
 * with their reasons, of one service or officer when chosen. Both lists are paged.
 */
@Controller
class OverrideReportController {

    private static final int PAGE_SIZE = 25;

    private final Eligibility eligibility;
    private final ServiceCatalog services;
    private final BeneficiaryRegistry registry;

    OverrideReportController(Eligibility eligibility, ServiceCatalog services, BeneficiaryRegistry registry) {
        this.eligibility = eligibility;
        this.services = services;
        this.registry = registry;
    }

    @GetMapping("/reports/eligibility-overrides")
    String report(@RequestParam(required = false) Long service, @RequestParam(required = false) String officer,
            @RequestParam(defaultValue = "0") int countsPage, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<OverrideCount> counts = eligibility.overrideCounts(PageRequest.of(Math.max(countsPage, 0), PAGE_SIZE));
        Page<EligibilityOverride> overrides = eligibility.overrides(service, officer,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Set<Long> serviceIds = new HashSet<>();
        counts.forEach(count -> serviceIds.add(count.serviceId()));
        overrides.forEach(override -> serviceIds.add(override.getServiceId()));
        if (service != null) {
            serviceIds.add(service);
        }
        model.addAttribute("counts", counts);
        model.addAttribute("overrides", overrides);
        model.addAttribute("services", services.byId(serviceIds));
        model.addAttribute("names", registry.namesOf(beneficiaries(overrides.getContent())));
        model.addAttribute("service", service);
        model.addAttribute("officer", officer == null || officer.isBlank() ? null : officer);
        return "eligibility/overrides";
    }

    private static Set<UUID> beneficiaries(Collection<EligibilityOverride> overrides) {
        Set<UUID> ids = new HashSet<>();
        overrides.forEach(override -> ids.add(override.getBeneficiaryId()));
        return ids;
    }
}
