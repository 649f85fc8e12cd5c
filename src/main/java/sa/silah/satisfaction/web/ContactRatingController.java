package sa.silah.satisfaction.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Interaction;
import sa.silah.satisfaction.NotRateableException;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.shared.RecordNotFoundException;

/**
 * The one-question rating an officer sends after a call or a visit, from the contact on a timeline. Who may
 * send it is set by route (officers, managers, administrators); a contact of a request also needs the right to
 * see that request. Asking twice sends nothing more.
 */
@Controller
class ContactRatingController {

    private final Casework casework;
    private final Satisfaction satisfaction;

    ContactRatingController(Casework casework, Satisfaction satisfaction) {
        this.casework = casework;
        this.satisfaction = satisfaction;
    }

    @PostMapping("/contacts/{interactionId}/rating")
    String ask(@PathVariable long interactionId, Principal principal, HttpServletRequest request,
            RedirectAttributes redirect) {
        Interaction contact = casework.findInteraction(interactionId)
                .orElseThrow(() -> new RecordNotFoundException("interaction", interactionId));
        Caseworker caseworker = casework.caseworker(principal.getName());
        if (contact.getRequestId() != null) {
            String referenceNumber = casework.findById(contact.getRequestId())
                    .orElseThrow(() -> new RecordNotFoundException("request", contact.getRequestId()))
                    .getReferenceNumber();
            casework.find(referenceNumber, caseworker);
        }
        satisfaction.askAboutContact(interactionId, caseworker.username());
        redirect.addFlashAttribute("message", "contactRating.sent");
        return "redirect:" + back(request, contact);
    }

    @ExceptionHandler(NotRateableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String notRateable(NotRateableException refused, Model model) {
        model.addAttribute("problem", refused.messageKey());
        return "satisfaction/contact-rating-refused";
    }

    /**
     * Back to the page the button was on, when the browser says which and it is one of this application's;
     * otherwise to the beneficiary's page, where every contact is shown.
     */
    private static String back(HttpServletRequest request, Interaction contact) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI from = new URI(referer);
                boolean local = from.getHost() == null || from.getHost().equals(request.getServerName());
                String path = from.getRawPath();
                if (local && path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
                }
            }
            catch (URISyntaxException unreadable) {
                // Not an address: fall back to the beneficiary's page.
            }
        }
        return "/beneficiaries/" + contact.getBeneficiaryId();
    }
}
