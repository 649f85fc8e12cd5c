package sa.silah.portal.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.portal.SiteAdministration;
import sa.silah.portal.SiteDetails;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/** The administrator sets what the public site says about the association, and its logo. */
@Controller
@RequestMapping("/admin/site")
class SiteAdminPages {

    private final SiteAdministration site;

    SiteAdminPages(SiteAdministration site) {
        this.site = site;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("siteDetails", site.current().details());
        return page(model);
    }

    @PostMapping
    String save(@ModelAttribute("siteDetails") SiteDetails details, BindingResult result, Principal principal,
            Model model, RedirectAttributes redirect) {
        try {
            site.update(details, principal.getName());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return page(model);
        }
        redirect.addFlashAttribute("message", "site.admin.saved");
        return "redirect:/admin/site";
    }

    @PostMapping("/logo")
    String logo(@RequestParam("logo") MultipartFile logo, Principal principal, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            site.changeLogo(logo.getBytes(), principal.getName());
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("siteDetails", site.current().details());
            model.addAttribute("logoProblem", invalid.problems().stream().map(FieldProblem::messageKey).findFirst()
                    .orElseThrow());
            return page(model);
        }
        redirect.addFlashAttribute("message", "site.admin.logoSaved");
        return "redirect:/admin/site";
    }

    private String page(Model model) {
        model.addAttribute("hasLogo", site.current().hasLogo());
        return "portal/admin-site";
    }
}
