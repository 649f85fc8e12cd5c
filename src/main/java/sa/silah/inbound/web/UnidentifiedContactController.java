package sa.silah.inbound.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.inbound.InboundMessages;
import sa.silah.inbound.UnidentifiedContact;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The queue of WhatsApp messages from senders Silah could not name: newest first, the open ones unless asked for
 * all. An officer finds the sender in the registry and links the message to them, or registers them first and comes
 * back here with the new record proposed.
 */
@Controller
@RequestMapping("/inbound/unidentified")
class UnidentifiedContactController {

    private static final int PAGE_SIZE = 20;
    private static final int MATCHES = 10;

    private final InboundMessages inbound;
    private final BeneficiaryRegistry registry;

    UnidentifiedContactController(InboundMessages inbound, BeneficiaryRegistry registry) {
        this.inbound = inbound;
        this.registry = registry;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("all", all);
        model.addAttribute("contacts", inbound.unidentified(!all, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "inbound/unidentified";
    }

    /**
     * One message, with the registry searched for its sender: by what the officer typed, or else by the sender's
     * number. A beneficiary just registered from here comes back as {@code beneficiary} and is proposed first.
     */
    @GetMapping("/{id}")
    String contact(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID beneficiary, Model model) {
        UnidentifiedContact contact = inbound.find(id);
        String query = q == null || q.isBlank() ? contact.getSender() : q.strip();
        model.addAttribute("contact", contact);
        model.addAttribute("q", query);
        model.addAttribute("proposed", beneficiary == null ? null : registry.find(beneficiary).orElse(null));
        model.addAttribute("matches", contact.isOpen()
                ? registry.search(query, PageRequest.of(0, MATCHES)).getContent() : List.of());
        return "inbound/contact";
    }

    @PostMapping("/{id}/link")
    String link(@PathVariable long id, @RequestParam(required = false) UUID beneficiaryId, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (beneficiaryId == null) {
            return refused(id, List.of(new FieldProblem("beneficiaryId", "unidentified.beneficiaryRequired")), model);
        }
        try {
            inbound.link(id, beneficiaryId, principal.getName());
            redirect.addFlashAttribute("message", "unidentified.linked");
            return "redirect:/beneficiaries/" + beneficiaryId;
        }
        catch (InvalidFieldsException invalid) {
            return refused(id, invalid.problems(), model);
        }
    }

    private String refused(long id, List<FieldProblem> problems, Model model) {
        model.addAttribute("problems", problems);
        return contact(id, null, null, model);
    }
}
