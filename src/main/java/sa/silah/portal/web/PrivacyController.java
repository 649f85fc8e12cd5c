package sa.silah.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy notice: what the association processes, why, and the beneficiary's rights under the PDPL. */
@Controller
class PrivacyController {

    @GetMapping("/privacy")
    String notice() {
        return "portal/privacy";
    }
}
