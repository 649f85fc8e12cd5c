package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import sa.silah.shared.FileStore;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

class AttachmentStorageTest {

    private static final Instant IN_2026 = Instant.parse("2026-03-05T09:00:00Z");
    private static final int LIMIT = 1024;

    @TempDir
    Path root;

    AttachmentStorage storage;

    @BeforeEach
    void storage() {
        storage = new AttachmentStorage(root, DataSize.ofBytes(LIMIT));
    }

    @Test
    void storesTheBytesUnderTheYearAndAGeneratedName() throws IOException {
        byte[] pdf = AttachmentSamples.pdf();

        FileStore.Stored<AttachmentType> stored = storage.store(new ByteArrayInputStream(pdf), IN_2026);

        assertThat(stored.name()).matches("2026/[0-9a-f-]{36}");
        assertThat(stored.type()).isEqualTo(AttachmentType.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(storage.locate(stored.name())).hasBinaryContent(pdf).startsWith(root);
        assertThat(filesIn(root)).containsExactly(root.resolve(stored.name()));
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        assertThat(storage.store(new ByteArrayInputStream(pdfOfSize(LIMIT)), IN_2026).size()).isEqualTo(LIMIT);
    }

    @Test
    void refusesAFileOneByteOverTheLimitAndKeepsNothing() throws IOException {
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(pdfOfSize(LIMIT + 1)), IN_2026))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        refused -> assertThat(refused.problems()).containsExactly(problem("attachment.tooLarge")));
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void countsTheBytesItReadsAndStopsReadingPastTheLimit() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '%';
            }
        };
        assertThatThrownBy(() -> storage.store(endless, IN_2026)).isInstanceOf(InvalidFieldsException.class)
                .hasMessageContaining("file");
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> storage.store(InputStream.nullInputStream(), IN_2026))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        refused -> assertThat(refused.problems()).containsExactly(problem("attachment.empty")));
    }

    @Test
    void refusesAFileOfAnotherTypeAndKeepsNothing() throws IOException {
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(AttachmentSamples.windowsProgram()), IN_2026))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        refused -> assertThat(refused.problems()).containsExactly(problem("attachment.type.refused")));
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void locatesOnlyNamesItMade() {
        assertThatIllegalArgumentException().isThrownBy(() -> storage.locate("../../etc/passwd"));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.locate("2026/../../secret"));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.locate(null));
    }

    @Test
    void deletesAStoredFile() throws IOException {
        FileStore.Stored<AttachmentType> stored = storage.store(new ByteArrayInputStream(AttachmentSamples.png()), IN_2026);
        storage.delete(stored.name());
        assertThat(storage.locate(stored.name())).doesNotExist();
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = Arrays.copyOf(AttachmentSamples.pdf(), size);
        Arrays.fill(content, AttachmentSamples.pdf().length, size, (byte) ' ');
        return content;
    }

    private static FieldProblem problem(String messageKey) {
        return new FieldProblem("file", messageKey);
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
