package sa.silah.knowledge.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.knowledge.DocumentDetails;
import sa.silah.knowledge.DocumentType;
import sa.silah.knowledge.EntryDetails;
import sa.silah.knowledge.EntryKind;
import sa.silah.knowledge.ItemKind;
import sa.silah.knowledge.KnowledgeDocument;
import sa.silah.knowledge.KnowledgeEntry;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.KnowledgeLibrary.Upload;
import sa.silah.knowledge.SearchQuery;
import sa.silah.knowledge.Visibility;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** The knowledge library for other systems: one search, documents with their versions, FAQ and canned answers. */
@ApiController("/api/v1/knowledge")
@Tag(name = "Knowledge library", description = "The knowledge library (المكتبة المعرفية): documents (PDF, DOCX) "
        + "with their versions and extracted text, FAQ entries and canned answers, and an Arabic-aware search")
class KnowledgeApiController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final String PUBLIC_VIEW = "public";
    private static final String STAFF_VIEW = "staff";

    private final KnowledgeLibrary library;

    KnowledgeApiController(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping("/search")
    @Operation(summary = "Search the library", description = "Words matched in titles, the documents' text, FAQ "
            + "and canned answers, Arabic-normalised, best first. Filters: kind (DOCUMENT, FAQ, CANNED_ANSWER), type "
            + "(a document type), year (Gregorian), visibility. view=public answers only public items, as the "
            + "public site would: internal documents and entries and every canned answer are left out whatever "
            + "the other filters say; view=staff (the default) answers everything. Items: id (the document's or "
            + "the entry's), kind, title (in the Accept-Language), snippet (plain text), page (for a document's "
            + "page), score.")
    ApiPage<SearchItem> search(@RequestParam(required = false) String q, @RequestParam(required = false) ItemKind kind,
            @RequestParam(required = false) DocumentType type, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Visibility visibility, @RequestParam(required = false) String view,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        SearchQuery query = new SearchQuery(q, kind, type, year, visibility, isPublicView(view));
        String language = LocaleContextHolder.getLocale().getLanguage();
        return ApiPage.of(library.search(query, pageable(page, size)), hit -> SearchItem.of(hit, language));
    }

    private static boolean isPublicView(String view) {
        if (view == null || view.isBlank() || STAFF_VIEW.equalsIgnoreCase(view.strip())) {
            return false;
        }
        if (PUBLIC_VIEW.equalsIgnoreCase(view.strip())) {
            return true;
        }
        throw new InvalidFieldsException(List.of(new FieldProblem("view", "knowledge.api.view.invalid")));
    }

    @GetMapping("/documents")
    @Operation(summary = "List the documents, the latest year first", description = "Each without its versions: "
            + "read a document for them")
    ApiPage<DocumentResponse> documents(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(library.documents(pageable(page, size)), document -> DocumentResponse.of(document, List.of()));
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a document with its first file", description = "Multipart: the file in the part "
            + "'file' (PDF or DOCX, recognised from its content, at most silah.knowledge.max-file-size) and the "
            + "fields type, titleAr, titleEn, year (Gregorian) and visibility (INTERNAL, PUBLIC). 201 with the "
            + "document; 400 naming every wrong field, or 'file' for a file whose text cannot be read.")
    ResponseEntity<DocumentResponse> add(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String type, @RequestParam(required = false) String titleAr,
            @RequestParam(required = false) String titleEn, @RequestParam(required = false) String year,
            @RequestParam(required = false) String visibility, Principal principal) throws IOException {
        DocumentDetails details = new DocumentDetails(constant(DocumentType.class, type), titleAr, titleEn,
                number(year), constant(Visibility.class, visibility));
        try (InputStream content = contentOf(file)) {
            KnowledgeDocument document = library.add(details, new Upload(nameOf(file), content), principal.getName());
            return ResponseEntity.created(URI.create("/api/v1/knowledge/documents/" + document.getId()))
                    .body(describe(document));
        }
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "Read a document with its versions, the newest first")
    DocumentResponse document(@PathVariable long id) {
        return describe(library.document(id));
    }

    @PutMapping("/documents/{id}")
    @Operation(summary = "Change a document's description", description = "JSON: type, titleAr, titleEn, year, "
            + "visibility, all required. The search follows the new description at once.")
    DocumentResponse describe(@PathVariable long id, @RequestBody DocumentDetails details, Principal principal) {
        return describe(library.describe(id, details, principal.getName()));
    }

    @PatchMapping("/documents/{id}")
    @Operation(summary = "Change some of a document's description", description = "JSON with only the fields to "
            + "change; the others keep their values.")
    DocumentResponse patch(@PathVariable long id, @RequestBody DocumentDetails changes, Principal principal) {
        DocumentDetails current = library.document(id).details();
        DocumentDetails details = new DocumentDetails(
                changes.type() != null ? changes.type() : current.type(),
                changes.titleAr() != null ? changes.titleAr() : current.titleAr(),
                changes.titleEn() != null ? changes.titleEn() : current.titleEn(),
                changes.year() != null ? changes.year() : current.year(),
                changes.visibility() != null ? changes.visibility() : current.visibility());
        return describe(library.describe(id, details, principal.getName()));
    }

    @PostMapping(path = "/documents/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a new version of a document's file", description = "Multipart, the file in the "
            + "part 'file'. The older versions stay downloadable; the search reads the new one. 201 with the "
            + "document.")
    ResponseEntity<DocumentResponse> addVersion(@PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file, Principal principal) throws IOException {
        try (InputStream content = contentOf(file)) {
            var version = library.addVersion(id, new Upload(nameOf(file), content), principal.getName());
            return ResponseEntity.created(URI.create("/api/v1/knowledge/documents/" + id + "/versions/"
                    + version.getVersionNo() + "/file")).body(describe(library.document(id)));
        }
    }

    @GetMapping("/documents/{id}/versions/{no}/file")
    @Operation(summary = "Download a version's file", description = "As an attachment under its uploaded name")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable int no) {
        return library.download(id, no).toResponseEntity();
    }

    @GetMapping("/entries")
    @Operation(summary = "List FAQ entries or canned answers, the newest first", description = "kind: FAQ (default) "
            + "or CANNED_ANSWER")
    ApiPage<EntryResponse> entries(@RequestParam(defaultValue = "FAQ") EntryKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(library.entries(kind, pageable(page, size)), EntryResponse::of);
    }

    @PostMapping("/entries")
    @Operation(summary = "Write a FAQ entry or a canned answer", description = "JSON: kind, questionAr, "
            + "questionEn, answerAr, answerEn, tags, visibility (a canned answer is always INTERNAL), owner, "
            + "reviewOn (yyyy-mm-dd), serviceIds, documentIds. Answers may hold {beneficiaryName}, {serviceName} "
            + "and {dueDate}. 201 with the entry.")
    ResponseEntity<EntryResponse> write(@RequestBody EntryDetails details, Principal principal) {
        KnowledgeEntry entry = library.write(details, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/knowledge/entries/" + entry.getId()))
                .body(EntryResponse.of(entry));
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "Read a FAQ entry or a canned answer")
    EntryResponse entry(@PathVariable long id) {
        return EntryResponse.of(library.entry(id));
    }

    @PutMapping("/entries/{id}")
    @Operation(summary = "Rewrite a FAQ entry or a canned answer", description = "The same JSON as to write one")
    EntryResponse rewrite(@PathVariable long id, @RequestBody EntryDetails details, Principal principal) {
        return EntryResponse.of(library.rewrite(id, details, principal.getName()));
    }

    @DeleteMapping("/entries/{id}")
    @Operation(summary = "Delete a FAQ entry or a canned answer", description = "204; the search forgets it at once")
    ResponseEntity<Void> remove(@PathVariable long id) {
        library.remove(id);
        return ResponseEntity.noContent().build();
    }

    private DocumentResponse describe(KnowledgeDocument document) {
        return DocumentResponse.of(document, library.versionsOf(document.getId()));
    }

    private static Pageable pageable(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }

    /** No file is an empty upload, which the library refuses on the field 'file'. */
    private static InputStream contentOf(MultipartFile file) throws IOException {
        return file == null ? InputStream.nullInputStream() : file.getInputStream();
    }

    private static String nameOf(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    /** A constant by its name; a missing or unknown name is left for the library to refuse as missing. */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A number; anything else is left for the library to refuse as missing. */
    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
