package sa.silah.knowledge.web;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Request;
import sa.silah.knowledge.InquiryAnswers;
import sa.silah.knowledge.KnowledgeItem;
import sa.silah.knowledge.SearchHit;
import sa.silah.shared.InvalidFieldsException;

/**
 * The knowledge card of an inquiry's page, loaded into it with htmx: the library's items that match the inquiry
 * (or what the officer searched for), each inserted into an editable reply by asking for the card again with
 * {@code use=kind:id[:page]} — the reply is drafted on the server, the page runs no script of its own — and the
 * reply sent on the beneficiary's channel.
 */
@Controller
@RequestMapping("/requests/{referenceNumber}/knowledge")
class InquiryAnswerController {

    private final Casework casework;
    private final InquiryAnswers answers;

    InquiryAnswerController(Casework casework, InquiryAnswers answers) {
        this.casework = casework;
        this.answers = answers;
    }

    /** A hit as the card lists it, with the {@code use} parameter its insert button asks for. */
    record Suggestion(SearchHit hit, String use) {

        static Suggestion of(SearchHit hit) {
            return new Suggestion(hit, KnowledgeItem.of(hit).written());
        }
    }

    @GetMapping
    String card(@PathVariable String referenceNumber, @RequestParam(required = false) String q,
            @RequestParam(required = false) String use, Principal principal, Model model) {
        Request request = casework.find(referenceNumber, casework.caseworker(principal.getName()));
        boolean searched = q != null && !q.isBlank();
        model.addAttribute("referenceNumber", request.getReferenceNumber());
        model.addAttribute("q", searched ? q.strip() : null);
        List<SearchHit> hits = searched ? answers.search(q) : answers.suggestionsFor(request);
        model.addAttribute("hits", hits.stream().map(Suggestion::of).toList());
        model.addAttribute("maxReply", InquiryAnswers.MAX_REPLY);
        model.addAttribute("answered", answers.usesOf(request).size());
        if (use != null && !use.isBlank()) {
            try {
                model.addAttribute("draft", answers.draft(request, KnowledgeItem.parse(use)));
            } catch (InvalidFieldsException refused) {
                model.addAttribute("cardProblems", refused.problems());
            }
        }
        return "knowledge/inquiry-card :: card";
    }

    @PostMapping("/replies")
    String send(@PathVariable String referenceNumber, @RequestParam(required = false) String use,
            @RequestParam(required = false) String reply, Principal principal, RedirectAttributes redirect) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        try {
            answers.answer(referenceNumber, KnowledgeItem.parse(use), reply, caseworker);
            redirect.addFlashAttribute("message", "knowledge.answer.sent");
        } catch (InvalidFieldsException refused) {
            redirect.addFlashAttribute("problems", List.copyOf(refused.problems()));
        }
        return "redirect:/requests/" + referenceNumber;
    }
}
