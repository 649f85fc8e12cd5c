package sa.silah.portal.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.Casework;
import sa.silah.casework.PublicTracking;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.portal.SiteRateLimits;

/**
 * Following a request without signing in: its reference and the mobile it was sent with (or the one on the
 * beneficiary's record). With only the reference (the link in a notification) the page asks for the mobile. A wrong
 * pair answers 404 whether the reference exists or not, and wrong pairs are limited per address and per reference.
 */
@Controller
class TrackPages {

    private static final int REFERENCE_MAX = 20;
    private static final int MOBILE_MAX = 30;

    private final Casework casework;
    private final ServiceCatalog services;
    private final SiteRateLimits limits;

    TrackPages(Casework casework, ServiceCatalog services, SiteRateLimits limits) {
        this.casework = casework;
        this.services = services;
        this.limits = limits;
    }

    @GetMapping("/track")
    String track(@RequestParam(required = false) String ref, @RequestParam(required = false) String mobile,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String reference = ref == null ? "" : ref.strip();
        String typed = mobile == null ? "" : mobile.strip();
        model.addAttribute("ref", reference.length() > REFERENCE_MAX ? "" : reference);
        model.addAttribute("mobile", typed.length() > MOBILE_MAX ? "" : typed);
        if (reference.isEmpty() || typed.isEmpty()) {
            return "portal/track";
        }
        String address = request.getRemoteAddr();
        String key = reference.toUpperCase(Locale.ROOT);
        if (!limits.mayTrack(address, key)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", "site.track.tooMany");
            return "portal/track";
        }
        Optional<PublicTracking> found = reference.length() > REFERENCE_MAX || typed.length() > MOBILE_MAX
                ? Optional.empty()
                : SaudiMobile.tryParse(typed).flatMap(holder -> casework.track(reference, holder));
        if (found.isEmpty()) {
            limits.failedTrack(address, key);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "site.track.notFound");
            return "portal/track";
        }
        model.addAttribute("tracking", found.get());
        model.addAttribute("service", Optional.ofNullable(found.get().serviceId()).map(services::get).orElse(null));
        return "portal/track";
    }
}
