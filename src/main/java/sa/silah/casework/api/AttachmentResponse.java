package sa.silah.casework.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import sa.silah.casework.Attachment;

/** An attachment as the API shows it: the size in bytes, the time with the Riyadh offset. */
record AttachmentResponse(UUID id, String fileName, String contentType, long size, String uploadedBy,
        OffsetDateTime uploadedAt) {

    static AttachmentResponse of(Attachment attachment) {
        return new AttachmentResponse(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSize(), attachment.getUploadedBy(), RequestResponse.riyadh(attachment.getUploadedAt()));
    }
}
