package sa.silah.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The navbar's language switch stays on the page the reader is on, query included, so that switching
 * language never loses a search.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request, Locale locale) {
        String target = "en".equals(locale.getLanguage()) ? "ar" : "en";
        if (!"GET".equals(request.getMethod())) {
            // A form shown again after a POST: its address is not a page to go back to.
            return "?lang=" + target;
        }
        var uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", target).build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
