package sa.silah.portal.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.beneficiary.Segment;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceFilter;
import sa.silah.portal.SiteAdministration;
import sa.silah.shared.Channel;

/** The public site's home, its services catalog, the channels and the association's logo. No login. */
@Controller
class SitePages {

    private static final int PAGE_SIZE = 20;

    private final ServiceCatalog services;
    private final SegmentCatalog segments;
    private final SiteAdministration site;

    SitePages(ServiceCatalog services, SegmentCatalog segments, SiteAdministration site) {
        this.services = services;
        this.segments = segments;
        this.site = site;
    }

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @GetMapping("/services")
    String services(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("services", services.list(new ServiceFilter(true, true, null),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("nameAr", "id"))));
        model.addAttribute("segmentNames", segments.all().stream()
                .collect(Collectors.toMap(Segment::getCode, segment -> segment.name(locale), (a, b) -> a)));
        return "portal/services";
    }

    @GetMapping("/channels")
    String channels(Model model) {
        model.addAttribute("channels", Channel.values());
        return "portal/channels";
    }

    @GetMapping("/site/logo")
    ResponseEntity<byte[]> logo() {
        return site.logo()
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.type().mediaType()))
                        .cacheControl(CacheControl.noCache())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(logo.image()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
