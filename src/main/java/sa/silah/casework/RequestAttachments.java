package sa.silah.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.FileStore;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.shared.UploadedFileName;

/**
 * The files attached to requests: PDF, images, Word and Excel, each at most
 * {@code silah.requests.max-attachment-size}, the type recognised from the content. Only a caseworker who
 * may see the request may attach, list or download; for anyone else the request, and so its attachments,
 * do not exist. A refused file is an {@link InvalidFieldsException} on the field {@code file}.
 */
@Service
@Transactional
public class RequestAttachments {

    private static final Logger log = LoggerFactory.getLogger(RequestAttachments.class);

    private final Requests requests;
    private final Attachments attachments;
    private final AttachmentStorage storage;
    private final Clock time;

    RequestAttachments(Requests requests, Attachments attachments, AttachmentStorage storage, Clock time) {
        this.requests = requests;
        this.attachments = attachments;
        this.storage = storage;
        this.time = time;
    }

    /**
     * Attaches the content to the request. The file is in place before the row is written, and removed
     * again if the transaction that writes the row does not commit, so no row ever points at nothing.
     *
     * @param content the file's bytes, read here but not closed; {@code null} when no file was sent
     */
    public Attachment attach(String referenceNumber, String originalFileName, InputStream content,
            Caseworker caseworker) {
        return store(visible(referenceNumber, caseworker), originalFileName, content, caseworker.username());
    }

    /** Stores the content as an attachment of this request, checked by the caller, uploaded by this actor. */
    Attachment store(Request request, String originalFileName, InputStream content, String uploader) {
        if (content == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("file", "attachment.required")));
        }
        Instant now = time.instant().truncatedTo(ChronoUnit.MICROS);
        FileStore.Stored<AttachmentType> stored;
        try {
            stored = storage.store(content, now);
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        removeUnlessCommitted(stored.name());
        String fileName = UploadedFileName.clean(originalFileName, "attachment." + stored.type().extension());
        return attachments.saveAndFlush(new Attachment(request.getId(), fileName, stored.type().mediaType(),
                stored.size(), stored.name(), uploader, now));
    }

    /** The request's attachments, oldest first. */
    @Transactional(readOnly = true)
    public List<Attachment> list(String referenceNumber, Caseworker caseworker) {
        return attachments.findByRequestIdOrderByUploadedAtAscIdAsc(visible(referenceNumber, caseworker).getId());
    }

    /** One attachment of the request with its content; an attachment of another request is not found. */
    @Transactional(readOnly = true)
    public AttachmentDownload open(String referenceNumber, UUID attachmentId, Caseworker caseworker) {
        return open(visible(referenceNumber, caseworker), attachmentId);
    }

    /** The request's attachments, oldest first, for a caller that has checked the request is theirs to see. */
    List<Attachment> listOf(Request request) {
        return attachments.findByRequestIdOrderByUploadedAtAscIdAsc(request.getId());
    }

    /** One attachment of a request the caller has checked, with its content; another request's is not found. */
    AttachmentDownload open(Request request, UUID attachmentId) {
        String referenceNumber = request.getReferenceNumber();
        Attachment attachment = attachments.findByIdAndRequestId(attachmentId, request.getId())
                .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
        Path file = storage.locate(attachment.getStoredName());
        if (!Files.isRegularFile(file)) {
            log.error("The file of attachment {} of request {} is missing from the storage: {}", attachmentId,
                    referenceNumber, file);
            throw new RecordNotFoundException("attachment", attachmentId);
        }
        return new AttachmentDownload(attachment, new FileSystemResource(file));
    }

    /** The largest file accepted, in bytes. */
    public long maxSizeInBytes() {
        return storage.maxBytes();
    }

    private Request visible(String referenceNumber, Caseworker caseworker) {
        return requests.findByReferenceNumber(referenceNumber)
                .filter(caseworker::maySee)
                .orElseThrow(() -> new RecordNotFoundException("request", referenceNumber));
    }

    private void removeUnlessCommitted(String storedName) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        storage.delete(storedName);
                    }
                    catch (IOException | RuntimeException failed) {
                        log.warn("Could not remove the file {} of an attachment that was not saved", storedName, failed);
                    }
                }
            }
        });
    }
}
