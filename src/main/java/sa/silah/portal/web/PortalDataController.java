package sa.silah.portal.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import sa.silah.privacy.PersonalDataCopy;
import sa.silah.portal.PortalBeneficiary;

/**
 * A beneficiary downloads a copy of their data. Only the session's beneficiary is ever exported: no id comes from
 * the request, so nobody can ask for another's.
 */
@Controller
class PortalDataController {

    private final PersonalDataCopy export;

    PortalDataController(PersonalDataCopy export) {
        this.export = export;
    }

    @GetMapping("/portal/me/data")
    String page() {
        return "portal/portal-data";
    }

    @GetMapping("/portal/me/data.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalBeneficiary signedIn, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("silah-my-data.pdf").build().toString())
                .body(export.pdf(signedIn.beneficiaryId(), locale));
    }

    @GetMapping(path = "/portal/me/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@AuthenticationPrincipal PortalBeneficiary signedIn) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("silah-my-data.json").build().toString())
                .body(export.of(signedIn.beneficiaryId()));
    }
}
