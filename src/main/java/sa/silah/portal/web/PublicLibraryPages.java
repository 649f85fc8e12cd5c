package sa.silah.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.knowledge.DocumentVersion;
import sa.silah.knowledge.ItemKind;
import sa.silah.knowledge.KnowledgeDocument;
import sa.silah.knowledge.KnowledgeEntry;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.SearchHit;
import sa.silah.knowledge.SearchQuery;
import sa.silah.knowledge.Snippet;
import sa.silah.shared.RecordNotFoundException;

/**
 * The knowledge library's public side: the association's public documents to download (its bylaws, reports and
 * policies, as a non-profit discloses them) and its frequently asked questions with a search. No login; internal
 * documents and entries, and canned answers, never appear.
 */
@Controller
class PublicLibraryPages {

    private static final int PAGE_SIZE = 20;
    private static final int FAQ_HITS = 10;
    /** The document pages shown beside the FAQ hits: a pointer to where the answer may be, not a library search. */
    private static final int DOCUMENT_HITS = 5;

    private final KnowledgeLibrary library;

    PublicLibraryPages(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping("/documents")
    String documents(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("documents", library.publicDocuments(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "portal/documents";
    }

    /** The current version of a public document; an internal document is as missing as an unknown one. */
    @GetMapping("/documents/{id}/file")
    ResponseEntity<Resource> file(@PathVariable long id) {
        KnowledgeDocument document = library.publicDocument(id)
                .orElseThrow(() -> new RecordNotFoundException("public document", id));
        DocumentVersion version = library.version(document.getId(), document.getCurrentVersion());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(version.getFileType().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(version.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new FileSystemResource(library.fileOf(version)));
    }

    /**
     * The public FAQ, or with {@code q} the public FAQ entries that match, in full with the words marked, and below
     * them the public documents' pages that match: a visitor's question about membership, rights or the year's work
     * is often answered in the bylaws, the policy or the report rather than in a FAQ entry.
     */
    @GetMapping("/faq")
    String faq(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        if (text.isEmpty()) {
            model.addAttribute("faq", library.publicFaq(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
            return "portal/faq";
        }
        Page<SearchHit> hits = library.search(new SearchQuery(text, ItemKind.FAQ, null, null, null, true),
                PageRequest.of(Math.max(page, 0), FAQ_HITS));
        Map<Long, SearchHit> faqHits = firstHitOfEachItem(hits.getContent());
        Map<Long, KnowledgeEntry> entries = library.publicFaq(faqHits.keySet()).stream()
                .collect(Collectors.toMap(KnowledgeEntry::getId, Function.identity()));
        model.addAttribute("hits", hits);
        model.addAttribute("faqHits", faqHits.keySet().stream().map(entries::get).filter(Objects::nonNull)
                .map(entry -> new FaqHit(Snippet.marked(entry.question(locale.getLanguage()), text),
                        Snippet.marked(entry.answer(locale.getLanguage()), text)))
                .toList());
        model.addAttribute("documentHits", firstHitOfEachItem(library.search(
                new SearchQuery(text, ItemKind.DOCUMENT, null, null, null, true), PageRequest.of(0, DOCUMENT_HITS))
                .getContent()).values());
        return "portal/faq";
    }

    /** A FAQ entry found: its question and answer in the visitor's language, in full, the words searched marked. */
    record FaqHit(List<Snippet.Part> question, List<Snippet.Part> answer) {
    }

    /** A question and its answer may both match: the item is shown once, with its best passage. */
    private static Map<Long, SearchHit> firstHitOfEachItem(List<SearchHit> hits) {
        Map<Long, SearchHit> first = new LinkedHashMap<>();
        hits.forEach(hit -> first.putIfAbsent(hit.itemId(), hit));
        return first;
    }
}
