package sa.silah.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file opened for download — a letter's scan or PDF, a library document's version: the name to save it
 * under, its type and its content.
 */
public record FileDownload(String fileName, String mediaType, Resource content) {

    /**
     * The response that hands the file to a browser safely, for pages and the API alike: as a download under its
     * name, with its recognised type and no sniffing, sandboxed should a browser render it anyway, and kept out
     * of shared caches.
     */
    public ResponseEntity<Resource> toResponseEntity() {
        return ResponseEntity.ok().headers(headers(fileName, mediaType)).body(content);
    }

    /**
     * The safe headers of any download, stored or written as it is sent: the name in both the plain and the RFC 5987
     * form, so an Arabic name survives.
     */
    static HttpHeaders headers(String fileName, String mediaType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(mediaType));
        headers.set(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set(HttpHeaders.CACHE_CONTROL, "private, no-store");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        return headers;
    }
}
