package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadedFileNameTest {

    private static final String FALLBACK = "attachment.pdf";

    @Test
    void keepsAnArabicNameAsItIs() {
        assertThat(clean("صورة الهوية الوطنية.pdf")).isEqualTo("صورة الهوية الوطنية.pdf");
    }

    @Test
    void dropsTheFolderPartsOfAnyOperatingSystem() {
        assertThat(clean("C:\\Users\\سارة\\Desktop\\تقرير.pdf")).isEqualTo("تقرير.pdf");
        assertThat(clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(clean("..")).isEqualTo(FALLBACK);
    }

    @Test
    void dropsControlAndDirectionOverrideCharacters() {
        assertThat(clean("report\r\nSet-Cookie: x.pdf")).isEqualTo("reportSet-Cookie: x.pdf");
        assertThat(clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    }

    @Test
    void usesTheFallbackWhenNothingIsLeft() {
        assertThat(clean(null)).isEqualTo(FALLBACK);
        assertThat(clean("  \t ")).isEqualTo(FALLBACK);
        assertThat(clean("folder/")).isEqualTo(FALLBACK);
    }

    @Test
    void shortensALongNameTo255CharactersKeepingTheExtension() {
        String cleaned = clean("ب".repeat(300) + ".docx");
        assertThat(cleaned).hasSize(255).endsWith("ب.docx");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String cleaned = clean("a" + "😀".repeat(200) + ".pdf");
        assertThat(cleaned).endsWith(".pdf").hasSizeLessThanOrEqualTo(255);
        assertThat(cleaned.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE)).isEmpty();
    }

    private static String clean(String name) {
        return UploadedFileName.clean(name, FALLBACK);
    }
}
