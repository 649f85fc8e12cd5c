package sa.silah.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The letters' scans, in a directory of their own outside the database ({@code silah.letters.directory}),
 * one file per scan at {@code <year>/<random UUID>}: nothing of the uploader's file name reaches the file
 * system. An upload is counted while it is written to a temporary file, so a declared size is never
 * trusted, and it is moved into place only once its size and type are accepted. (Casework keeps its
 * attachments the same way; its storage is internal to casework and accepts office documents, which a
 * scan never is.)
 */
@Component
class LetterFiles {

    private static final Pattern STORED_NAME = Pattern.compile("\\d{4}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    private static final String INCOMING = "incoming";

    private final Path root;
    private final long maxBytes;

    @Autowired
    LetterFiles(LettersProperties properties) {
        this(Path.of(properties.directory()), properties.maxScanSize());
    }

    LetterFiles(Path root, DataSize maxSize) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxSize.toBytes();
    }

    /** A scan in place: its name under the storage directory, its type and its size in bytes. */
    record Stored(String name, ScanType type, long size) {
    }

    /**
     * Stores the content if it is not empty, not larger than the limit and a PDF, PNG or JPEG; otherwise
     * refuses it as a problem with the field {@code file} and leaves nothing behind.
     */
    Stored store(InputStream content, Instant now) throws IOException {
        Path incoming = Files.createDirectories(root.resolve(INCOMING));
        Path temporary = Files.createTempFile(incoming, "scan-", ".part");
        try {
            long size = copyAtMostLimit(content, temporary);
            if (size == 0) {
                throw refused("letter.scan.empty");
            }
            if (size > maxBytes) {
                throw refused("letter.scan.tooLarge");
            }
            ScanType type = ScanType.detect(temporary).orElseThrow(() -> refused("letter.scan.type"));
            String name = now.atZone(Dates.RIYADH).getYear() + "/" + UUID.randomUUID();
            Path target = root.resolve(name);
            Files.createDirectories(target.getParent());
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target);
            }
            return new Stored(name, type, size);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where a stored scan is; a name this storage did not make is refused rather than resolved. */
    Path locate(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored scan name: " + storedName);
        }
        return root.resolve(storedName);
    }

    void delete(String storedName) throws IOException {
        Files.deleteIfExists(locate(storedName));
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Copies until the content ends or is one byte past the limit, and answers how much was copied. */
    private long copyAtMostLimit(InputStream content, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while (total <= maxBytes && (read = content.read(buffer)) != -1) {
                int keep = (int) Math.min(read, maxBytes + 1 - total);
                out.write(buffer, 0, keep);
                total += keep;
            }
        }
        return total;
    }

    private static InvalidFieldsException refused(String messageKey) {
        return new InvalidFieldsException(List.of(new FieldProblem("file", messageKey)));
    }
}
