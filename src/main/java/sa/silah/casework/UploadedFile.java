package sa.silah.casework;

import java.io.InputStream;

/**
 * A file a person sent with a form: the name their device gave it (kept only as a label) and its bytes, read by
 * casework but closed by the caller.
 */
public record UploadedFile(String fileName, InputStream content) {
}
