package sa.silah.satisfaction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String LINK = "https://silah.example.org/s/" + "A".repeat(43);

    @Test
    void drawsEveryDarkModuleInsideAQuietZoneOfFour() {
        String svg = QrCode.svg(LINK);

        Matcher viewBox = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(viewBox.find()).isTrue();
        int size = Integer.parseInt(viewBox.group(1));
        assertThat(viewBox.group(2)).isEqualTo(viewBox.group(1));
        // A version 5 code (37 modules: a 71-character link needs more than the 62 bytes of version 4 at medium
        // correction) and 4 on each side.
        assertThat(size).isEqualTo(37 + 2 * 4);
        // The corners of the three finder patterns are dark; the quiet zone has nothing.
        assertThat(svg).contains("M4 4h1v1h-1z", "M" + (size - 5) + " 4h1v1h-1z", "M4 " + (size - 5) + "h1v1h-1z")
                .doesNotContain("M0 0h1", "M3 3h1");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
    }
}
