package sa.silah.portal.web;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.privacy.PrivacyNotice;
import sa.silah.privacy.PrivacyNoticeLibrary;
import sa.silah.shared.Dates;

/**
 * The privacy notice on the public site: the version in force, and every earlier version as published, each
 * shown from its stored text. No login.
 */
@Controller
class PrivacyController {

    private static final int VERSIONS_PAGE = 20;

    private final PrivacyNoticeLibrary notices;

    PrivacyController(PrivacyNoticeLibrary notices) {
        this.notices = notices;
    }

    @GetMapping("/privacy")
    String notice(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        return page(notices.current(), "/privacy", page, model, locale);
    }

    @GetMapping("/privacy/versions/{version}")
    String version(@PathVariable int version, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        return page(notices.version(version), "/privacy/versions/" + version, page, model, locale);
    }

    /** The page of one version, with the list of versions paged at {@code path}. */
    private String page(PrivacyNotice shown, String path, int page, Model model, Locale locale) {
        PrivacyNotice current = notices.current();
        model.addAttribute("notice", shown);
        model.addAttribute("inForce", shown.getVersion() == current.getVersion());
        model.addAttribute("paragraphs", shown.paragraphs(locale));
        model.addAttribute("publishedOn", shown.getPublishedAt().atZone(Dates.RIYADH).toLocalDate());
        model.addAttribute("path", path);
        model.addAttribute("versions", notices.versions(PageRequest.of(Math.max(page, 0), VERSIONS_PAGE)));
        return "portal/privacy";
    }
}
