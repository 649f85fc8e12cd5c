package sa.silah.casework;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment opened for download: its record and its content. */
public record AttachmentDownload(Attachment attachment, Resource content) {

    /**
     * The response that hands the file to a browser safely, for pages and the API alike: always as a
     * download under its own (RFC 5987-encoded) name, with the type recognised at upload and no sniffing,
     * sandboxed should a browser render it anyway, and kept out of shared caches.
     */
    public ResponseEntity<Resource> toResponseEntity() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(content);
    }
}
