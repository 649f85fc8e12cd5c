package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every text has one key, and one text in each language. A key written twice silently keeps the last text (two
 * pages once shared a "back" link this way, one of them with the wrong words), and a key missing in English shows
 * the Arabic to an English reader.
 */
class MessagesTest {

    private static final Path MESSAGES = Path.of("src/main/resources");

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_ar.properties", "messages_en.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            keys(file).forEach(key -> {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            });
            assertThat(twice).as(file).isEmpty();
        }
    }

    /** Arabic alone has dual and few/many plural forms (see {@code DurationWords}); every other key is in both. */
    @Test
    void arabicAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> arabic = new TreeSet<>(keys("messages_ar.properties"));
        arabic.removeIf(key -> key.endsWith(".two") || key.endsWith(".few") || key.endsWith(".many"));
        assertThat(new TreeSet<>(keys("messages_en.properties"))).isEqualTo(arabic);
    }

    @Test
    void theDefaultMessagesAreTheArabicOnes() throws IOException {
        assertThat(Files.readString(MESSAGES.resolve("messages.properties"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(MESSAGES.resolve("messages_ar.properties"), StandardCharsets.UTF_8));
    }

    private static List<String> keys(String file) throws IOException {
        return Files.readAllLines(MESSAGES.resolve(file), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                .filter(line -> line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .toList();
    }
}
