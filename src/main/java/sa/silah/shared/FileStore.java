package sa.silah.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.util.unit.DataSize;

/**
 * Uploaded files in a directory of their own outside the database, one file per upload at
 * {@code <year>/<random UUID>}: nothing of the uploader's file name reaches the file system. An upload is counted
 * while it is written to a temporary file, so a declared size is never trusted, and it is moved into place only
 * once its size and type (read from its first bytes, never from its name) are accepted. Each module that keeps
 * files says which types it accepts and how a refusal reads.
 *
 * @param <T> the module's enumeration of accepted types
 */
public class FileStore<T> {

    private static final Pattern STORED_NAME = Pattern.compile("\\d{4}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    private static final String INCOMING = "incoming";

    private final Path root;
    private final long maxBytes;
    private final TypeDetector<T> detector;
    private final Refusals refusals;

    protected FileStore(Path root, DataSize maxSize, TypeDetector<T> detector, Refusals refusals) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxSize.toBytes();
        this.detector = detector;
        this.refusals = refusals;
    }

    /** Tells an accepted type from a file's first bytes; empty when the type is not accepted. */
    @FunctionalInterface
    public interface TypeDetector<T> {
        Optional<T> detect(Path file) throws IOException;
    }

    /** The message keys of the three refusals, each reported on the field {@code file}. */
    public record Refusals(String empty, String tooLarge, String wrongType) {
    }

    /** A file in place: its name under the storage directory, its type and its size in bytes. */
    public record Stored<T>(String name, T type, long size) {
    }

    /**
     * Stores the content if it is not empty, not larger than the limit and of an accepted type; otherwise
     * refuses it as a problem with the field {@code file} and leaves nothing behind.
     */
    public Stored<T> store(InputStream content, Instant now) throws IOException {
        Path incoming = Files.createDirectories(root.resolve(INCOMING));
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        try {
            long size = copyAtMostLimit(content, temporary);
            if (size == 0) {
                throw refused(refusals.empty());
            }
            if (size > maxBytes) {
                throw refused(refusals.tooLarge());
            }
            T type = detector.detect(temporary).orElseThrow(() -> refused(refusals.wrongType()));
            String name = now.atZone(Dates.RIYADH).getYear() + "/" + UUID.randomUUID();
            Path target = root.resolve(name);
            Files.createDirectories(target.getParent());
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target);
            }
            return new Stored<>(name, type, size);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where a stored file is; a name this storage did not make is refused rather than resolved. */
    public Path locate(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored file name: " + storedName);
        }
        return root.resolve(storedName);
    }

    public void delete(String storedName) throws IOException {
        Files.deleteIfExists(locate(storedName));
    }

    public long maxBytes() {
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
