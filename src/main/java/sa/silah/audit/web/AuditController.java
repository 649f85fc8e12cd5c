package sa.silah.audit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.audit.AuditTrail;

/**
 * The audit trail and access log of one record, for administrators. Other modules' pages load it as an
 * htmx fragment, so that they need not know how audit is stored.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 20;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit/{subjectType}/{subjectId}")
    String trail(@PathVariable String subjectType, @PathVariable String subjectId,
            @RequestParam(defaultValue = "0") int changesPage, @RequestParam(defaultValue = "0") int accessPage,
            Model model) {
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("changes", audit.changesOf(subjectType, subjectId, PageRequest.of(Math.max(changesPage, 0), PAGE_SIZE)));
        model.addAttribute("accesses", audit.accessesOf(subjectType, subjectId, PageRequest.of(Math.max(accessPage, 0), PAGE_SIZE)));
        model.addAttribute("audit", audit);
        return "audit/trail :: trail";
    }
}
