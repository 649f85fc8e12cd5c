package sa.silah.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The documents an answer may be supported by, recognised from their first bytes, never from their name. */
enum EvidenceType {

    PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    EvidenceType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<EvidenceType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        return Arrays.stream(values()).filter(type -> head.length >= type.magic.length
                && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length)).findFirst();
    }
}
