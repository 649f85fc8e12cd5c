package sa.silah.privacy.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.privacy.PrivacyNotice;
import sa.silah.privacy.PrivacyNoticeLibrary;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * Administrators publish the privacy notice's next version and see every version published. The form starts from
 * the text in force, since a new version is usually that text changed.
 */
@Controller
@RequestMapping("/admin/privacy-notice")
class PrivacyNoticeAdminController {

    private static final int PAGE_SIZE = 20;

    private final PrivacyNoticeLibrary library;

    PrivacyNoticeAdminController(PrivacyNoticeLibrary library) {
        this.library = library;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PrivacyNotice current = library.current();
        PrivacyNoticeForm form = new PrivacyNoticeForm();
        form.setTextAr(current.getTextAr());
        form.setTextEn(current.getTextEn());
        return page(form, page, model);
    }

    @PostMapping
    String publish(@ModelAttribute("form") PrivacyNoticeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            library.publish(form.getTextAr(), form.getTextEn());
            redirect.addFlashAttribute("message", "privacyNotice.published");
            return "redirect:/admin/privacy-notice";
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return page(form, 0, model);
        }
    }

    private String page(PrivacyNoticeForm form, int page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("versions", library.versions(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "privacy/admin-notice";
    }
}
