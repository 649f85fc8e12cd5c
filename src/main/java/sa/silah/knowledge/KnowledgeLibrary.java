package sa.silah.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.FileDownload;
import sa.silah.shared.FileStore;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.shared.UploadedFileName;

/**
 * The knowledge library's public face: documents and their versions, FAQ entries and canned answers, and the
 * search over all of them. Every change re-indexes what it touched in the same transaction, so the search never
 * finds what is gone nor misses what was just saved.
 */
@Service
@Transactional
public class KnowledgeLibrary {


    private final KnowledgeDocuments documents;
    private final DocumentVersions versions;
    private final KnowledgeEntries entries;
    private final Passages passages;
    private final KnowledgeUses uses;
    private final KnowledgeSearch search;
    private final KnowledgeFiles files;
    private final Clock clock;

    KnowledgeLibrary(KnowledgeDocuments documents, DocumentVersions versions, KnowledgeEntries entries,
            Passages passages, KnowledgeUses uses, KnowledgeSearch search, KnowledgeFiles files, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.entries = entries;
        this.passages = passages;
        this.uses = uses;
        this.search = search;
        this.files = files;
        this.clock = clock;
    }

    /** A file as uploaded: the name the uploader's computer gave it, and its content. */
    public record Upload(String fileName, InputStream content) {
    }

    /**
     * A new document with its first version. Its text is extracted and indexed page by page; a file whose text
     * cannot be read is refused on the field {@code file} and nothing is kept.
     */
    public KnowledgeDocument add(DocumentDetails details, Upload upload, String actor) {
        Instant now = clock.instant();
        KnowledgeDocument document = documents.save(KnowledgeDocument.describe(details, actor, now));
        upload(document, upload, actor, now);
        return document;
    }

    /** A new version of a document's file; the older versions stay downloadable, the search reads the new one. */
    public DocumentVersion addVersion(long documentId, Upload upload, String actor) {
        return upload(document(documentId), upload, actor, clock.instant());
    }

    /** Changes a document's description; its passages follow its new type, year and visibility. */
    public KnowledgeDocument describe(long documentId, DocumentDetails details, String actor) {
        KnowledgeDocument document = document(documentId);
        document.change(details, actor, clock.instant());
        passages.describe(document.getId(), document.getType(), document.getYear(), document.getVisibility());
        passages.deleteTitleOf(document.getId());
        passages.save(Passage.title(document));
        return document;
    }

    private DocumentVersion upload(KnowledgeDocument document, Upload upload, String actor, Instant now) {
        String fileName = UploadedFileName.clean(upload.fileName(), "document");
        try {
            FileStore.Stored<FileType> stored = files.store(upload.content(), now);
            List<String> pages = extract(stored);
            DocumentVersion version = versions.save(new DocumentVersion(document.getId(),
                    document.nextVersion(actor, now), fileName, stored.name(), stored.type(), stored.size(),
                    pages.size(), actor, now));
            index(document, pages);
            return version;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private List<String> extract(FileStore.Stored<FileType> stored) throws IOException {
        try {
            return TextExtraction.pages(files.locate(stored.name()), stored.type());
        } catch (IOException | RuntimeException unreadable) {
            files.delete(stored.name());
            throw new InvalidFieldsException(List.of(new FieldProblem("file", "knowledge.file.unreadable")));
        }
    }

    private void index(KnowledgeDocument document, List<String> pages) {
        passages.deleteByDocumentId(document.getId());
        passages.save(Passage.title(document));
        for (int page = 0; page < pages.size(); page++) {
            if (!pages.get(page).isBlank()) {
                passages.save(Passage.page(document, page + 1, pages.get(page)));
            }
        }
    }

    @Transactional(readOnly = true)
    public KnowledgeDocument document(long id) {
        return documents.findById(id).orElseThrow(() -> new RecordNotFoundException("knowledge document", id));
    }

    /** A public document, for the public site; an internal one is as missing as an unknown one. */
    @Transactional(readOnly = true)
    public Optional<KnowledgeDocument> publicDocument(long id) {
        return documents.findById(id).filter(KnowledgeDocument::isPublic);
    }

    @Transactional(readOnly = true)
    public Page<KnowledgeDocument> documents(Pageable pageable) {
        return documents.findAllByOrderByYearDescIdDesc(pageable);
    }

    /** The documents of these numbers that exist, in one query, such as those an entry links to. */
    @Transactional(readOnly = true)
    public List<KnowledgeDocument> documents(Collection<Long> ids) {
        return documents.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public Page<KnowledgeDocument> publicDocuments(Pageable pageable) {
        return documents.findByVisibilityOrderByYearDescIdDesc(Visibility.PUBLIC, pageable);
    }

    /** A document's versions, the newest first. */
    @Transactional(readOnly = true)
    public List<DocumentVersion> versionsOf(long documentId) {
        return versions.findByDocumentIdOrderByVersionNoDesc(documentId);
    }

    /** Where a version's file is, to send it. */
    @Transactional(readOnly = true)
    public Path fileOf(DocumentVersion version) {
        return files.locate(version.getStoredName());
    }

    /** A version's file as a download under the name it was uploaded with, for pages and the API alike. */
    @Transactional(readOnly = true)
    public FileDownload download(long documentId, int versionNo) {
        DocumentVersion version = version(documentId, versionNo);
        return new FileDownload(version.getFileName(), version.getFileType().mediaType(),
                new FileSystemResource(fileOf(version)));
    }

    @Transactional(readOnly = true)
    public DocumentVersion version(long documentId, int versionNo) {
        return versions.findByDocumentIdAndVersionNo(documentId, versionNo).orElseThrow(
                () -> new RecordNotFoundException("knowledge document version", documentId + "/" + versionNo));
    }

    public KnowledgeEntry write(EntryDetails details, String actor) {
        KnowledgeEntry entry = entries.save(KnowledgeEntry.write(details, actor, clock.instant()));
        index(entry);
        return entry;
    }

    public KnowledgeEntry rewrite(long id, EntryDetails details, String actor) {
        KnowledgeEntry entry = entry(id);
        entry.change(details, actor, clock.instant());
        index(entry);
        return entry;
    }

    /**
     * Removes an entry that never answered a request. One that did stays, so that the record of which answer
     * a beneficiary was given keeps its text; it can be rewritten or made internal instead.
     */
    public void remove(long entryId) {
        KnowledgeEntry entry = entry(entryId);
        if (uses.existsByEntryId(entry.getId())) {
            throw new InvalidFieldsException(List.of(new FieldProblem("id", "knowledge.entry.used")));
        }
        passages.deleteByEntryId(entry.getId());
        entries.delete(entry);
    }

    private void index(KnowledgeEntry entry) {
        passages.deleteByEntryId(entry.getId());
        passages.save(Passage.question(entry));
        passages.save(Passage.answer(entry));
    }

    @Transactional(readOnly = true)
    public KnowledgeEntry entry(long id) {
        return entries.findById(id).orElseThrow(() -> new RecordNotFoundException("knowledge entry", id));
    }

    @Transactional(readOnly = true)
    public Page<KnowledgeEntry> entries(EntryKind kind, Pageable pageable) {
        return entries.findByKindOrderByIdDesc(kind, pageable);
    }

    /** The FAQ the public site shows. */
    @Transactional(readOnly = true)
    public Page<KnowledgeEntry> publicFaq(Pageable pageable) {
        return entries.findByKindAndVisibilityOrderByIdDesc(EntryKind.FAQ, Visibility.PUBLIC, pageable);
    }

    /** The public FAQ entries among these, read at once: the public site shows the answers of its search hits. */
    @Transactional(readOnly = true)
    public List<KnowledgeEntry> publicFaq(Collection<Long> ids) {
        return entries.findAllById(ids).stream()
                .filter(entry -> entry.getKind() == EntryKind.FAQ && entry.isPublic()).toList();
    }

    @Transactional(readOnly = true)
    public Page<SearchHit> search(SearchQuery query, Pageable pageable) {
        return search.search(query, pageable);
    }
}
