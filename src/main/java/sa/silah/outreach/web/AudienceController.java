package sa.silah.outreach.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.outreach.AudienceFilter;
import sa.silah.outreach.Audiences;
import sa.silah.shared.InvalidFieldsException;

/**
 * The live count of the new-campaign form as an htmx fragment: how many the filters find, who is left out and why,
 * and the first few the campaign would reach, for the channels written so far (every channel before any is).
 */
@Controller
class AudienceController {

    private final Audiences audiences;

    AudienceController(Audiences audiences) {
        this.audiences = audiences;
    }

    @GetMapping("/outreach/audience")
    String audience(@ModelAttribute("form") CampaignForm form, Model model) {
        try {
            AudienceFilter filter = form.toFilter();
            Set<ContactChannel> channels = form.channels().isEmpty() ? EnumSet.allOf(ContactChannel.class)
                    : EnumSet.copyOf(form.channels());
            model.addAttribute("count", audiences.count(filter, channels));
            model.addAttribute("sample", audiences.sample(filter, channels));
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("problems", invalid.problems());
        }
        return "outreach/fragments :: audience";
    }
}
