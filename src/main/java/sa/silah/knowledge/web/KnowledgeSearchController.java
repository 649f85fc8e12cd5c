package sa.silah.knowledge.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.knowledge.DocumentType;
import sa.silah.knowledge.ItemKind;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.SearchQuery;
import sa.silah.knowledge.Visibility;

/** One search box over the whole library for staff, narrowed by kind, document type, year and visibility. */
@Controller
@RequestMapping("/knowledge")
class KnowledgeSearchController {

    private static final int PAGE_SIZE = 20;

    private final KnowledgeLibrary library;

    KnowledgeSearchController(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) ItemKind kind,
            @RequestParam(required = false) DocumentType type, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Visibility visibility, @RequestParam(defaultValue = "0") int page,
            Model model) {
        SearchQuery query = new SearchQuery(q, kind, type, year, visibility, false);
        model.addAttribute("query", query);
        model.addAttribute("hits", library.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("visibilities", Visibility.values());
        return "knowledge/search";
    }
}
