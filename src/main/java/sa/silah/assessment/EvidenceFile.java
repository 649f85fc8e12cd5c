package sa.silah.assessment;

import java.io.InputStream;

/**
 * A document sent for one answer: the name the sender's device gave it (kept only as a label) and its bytes, read
 * here but closed by the caller.
 */
public record EvidenceFile(String fileName, InputStream content) {
}
