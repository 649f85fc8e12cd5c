package sa.silah.portal.web;

import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.satisfaction.Improvement;
import sa.silah.satisfaction.ImprovementLog;

/**
 * You said, we did (قلتم فعملنا) on the public site: what the association changed because of beneficiaries'
 * feedback, so that they see it acted on. No login.
 */
@Controller
class YouSaidWeDidPage {

    private static final int PAGE_SIZE = 10;

    private final ImprovementLog improvements;
    YouSaidWeDidPage(ImprovementLog improvements) {
        this.improvements = improvements;
    }

    @GetMapping("/you-said-we-did")
    String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Page<Improvement> shown = improvements.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("improvements", shown);
        model.addAttribute("serviceNames", improvements.serviceNames(shown, locale));
        return "portal/you-said-we-did";
    }
}
