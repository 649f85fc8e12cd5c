package sa.silah.outreach.web;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.assessment.NeedLevel;
import sa.silah.activity.ActivityCatalog;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.outreach.Campaign;
import sa.silah.outreach.CampaignStateException;
import sa.silah.outreach.Outreach;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * Campaign pages: the list with each campaign's progress, the new-campaign form with its live audience count, and a
 * campaign's page with its figures, its actions and the replies that came back. Progress refreshes by htmx polling
 * while the campaign runs.
 */
@Controller
@RequestMapping("/outreach/campaigns")
class CampaignController {

    private static final int PAGE_SIZE = 20;
    /** The activities a campaign may invite to: those taking registrations now, the soonest first. */
    private static final int ACTIVITY_CHOICES = 100;

    private final Outreach outreach;
    private final SegmentCatalog segments;
    private final ServiceCatalog services;
    private final ActivityCatalog activities;

    CampaignController(Outreach outreach, SegmentCatalog segments, ServiceCatalog services,
            ActivityCatalog activities) {
        this.outreach = outreach;
        this.segments = segments;
        this.services = services;
        this.activities = activities;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<Campaign> campaigns = outreach.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("progress", outreach.progressOf(campaigns.getContent().stream().map(Campaign::getId).toList()));
        return "outreach/campaigns";
    }

    @GetMapping("/new")
    String newCampaign(Model model) {
        return form(new CampaignForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") CampaignForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        Campaign campaign;
        try {
            campaign = outreach.create(form.toDraft(), principal.getName());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return form(form, model);
        }
        redirect.addFlashAttribute("message", "outreach.campaign.created");
        return "redirect:/outreach/campaigns/" + campaign.getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("campaign", outreach.get(id));
        model.addAttribute("figures", outreach.figures(id));
        model.addAttribute("replies", outreach.replies(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("channels", ContactChannel.values());
        return "outreach/campaign";
    }

    /** The figures alone, which the campaign's page polls while it runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("campaign", outreach.get(id));
        model.addAttribute("figures", outreach.figures(id));
        return "outreach/fragments :: figures";
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "outreach.campaign.started", () -> outreach.start(id));
    }

    @PostMapping("/{id}/schedule")
    String schedule(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes redirect) {
        return act(id, redirect, "outreach.campaign.scheduled", () -> outreach.schedule(id,
                at == null ? null : at.atZone(Dates.RIYADH).toInstant()));
    }

    @PostMapping("/{id}/pause")
    String pause(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "outreach.campaign.paused", () -> outreach.pause(id));
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "outreach.campaign.resumed", () -> outreach.resume(id));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "outreach.campaign.cancelled", () -> outreach.cancel(id));
    }

    /** An officer records, from a reply, that the person wants no campaign messages on a channel. */
    @PostMapping("/{id}/opt-outs")
    String optOut(@PathVariable UUID id, @RequestParam UUID beneficiaryId, @RequestParam ContactChannel channel,
            Principal principal, RedirectAttributes redirect) {
        outreach.get(id);
        outreach.optOut(beneficiaryId, channel, Outreach.VIA_OFFICER, principal.getName());
        redirect.addFlashAttribute("message", "outreach.optOut.recorded");
        return "redirect:/outreach/campaigns/" + id;
    }

    private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        }
        catch (CampaignStateException refused) {
            redirect.addFlashAttribute("problems", List.of(new FieldProblem("status", "outreach.campaign.notAllowed")));
        }
        catch (InvalidFieldsException invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/outreach/campaigns/" + id;
    }

    private String form(CampaignForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("segments", segments.all());
        model.addAttribute("services", services.publicServices());
        model.addAttribute("needLevels", NeedLevel.values());
        model.addAttribute("types", BeneficiaryType.values());
        model.addAttribute("activities", activities.openForRegistration(PageRequest.of(0, ACTIVITY_CHOICES)).getContent());
        return "outreach/campaign-form";
    }
}
