package sa.silah.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of scanned or photographed document Silah keeps — a letter's scan, an assessment's evidence —
 * recognised from the content's first bytes, never from the file's name.
 */
public enum ScanType {

    PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    ScanType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public static ScanType ofMediaType(String mediaType) {
        return Stream.of(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a scan type: " + mediaType));
    }

    /** The type of the file's content, or empty when it is none of these. */
    public static Optional<ScanType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        return Stream.of(values()).filter(type -> startsWith(head, type.magic)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
