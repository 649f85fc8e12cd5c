package sa.silah.knowledge;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A knowledge item that answered a request: an FAQ entry or canned answer ({@code entryId}), or a document's page
 * ({@code documentId}, {@code page}). What answers most, and which inquiries nothing answered, is read from these.
 */
@Entity
@Table(name = "knowledge_use")
public class KnowledgeUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID requestId;

    private String requestRef;

    private Long entryId;

    private Long documentId;

    private Integer page;

    private Instant usedAt;

    private String usedBy;

    protected KnowledgeUse() {
    }

    private KnowledgeUse(UUID requestId, String requestRef, Long entryId, Long documentId, Integer page,
            String usedBy, Instant usedAt) {
        this.requestId = requestId;
        this.requestRef = requestRef;
        this.entryId = entryId;
        this.documentId = documentId;
        this.page = page;
        this.usedBy = usedBy;
        this.usedAt = usedAt;
    }

    static KnowledgeUse of(UUID requestId, String requestRef, KnowledgeItem item, String usedBy, Instant usedAt) {
        return item.kind() == ItemKind.DOCUMENT
                ? new KnowledgeUse(requestId, requestRef, null, item.id(), item.page(), usedBy, usedAt)
                : new KnowledgeUse(requestId, requestRef, item.id(), null, null, usedBy, usedAt);
    }

    public Long getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getRequestRef() {
        return requestRef;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Integer getPage() {
        return page;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public String getUsedBy() {
        return usedBy;
    }
}
