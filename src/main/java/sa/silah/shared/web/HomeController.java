package sa.silah.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's start page after signing in; {@code /} is the public site's home. */
@Controller
class HomeController {

    @GetMapping("/staff")
    String home() {
        return "home";
    }
}
