package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentTypeTest {

    @TempDir
    Path directory;

    @Test
    void recognisesPdfAndImagesFromTheirFirstBytes() throws IOException {
        assertThat(detect(AttachmentSamples.pdf())).contains(AttachmentType.PDF);
        assertThat(detect(AttachmentSamples.png())).contains(AttachmentType.PNG);
        assertThat(detect(AttachmentSamples.jpeg())).contains(AttachmentType.JPEG);
        assertThat(detect(AttachmentSamples.gif())).contains(AttachmentType.GIF);
        assertThat(detect(AttachmentSamples.webp())).contains(AttachmentType.WEBP);
    }

    @Test
    void recognisesWordAndExcelPackagesFromTheirEntryNames() throws IOException {
        assertThat(detect(AttachmentSamples.docx())).contains(AttachmentType.DOCX);
        assertThat(detect(AttachmentSamples.xlsx())).contains(AttachmentType.XLSX);
        assertThat(AttachmentType.DOCX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void recognisesLegacyWordAndExcelFilesFromTheirMainStream() throws IOException {
        assertThat(detect(AttachmentSamples.doc())).contains(AttachmentType.DOC);
        assertThat(detect(AttachmentSamples.xls())).contains(AttachmentType.XLS);
    }

    @Test
    void refusesAProgramWhateverItIsCalled() throws IOException {
        assertThat(detect(AttachmentSamples.windowsProgram())).isEmpty();
    }

    @Test
    void refusesHtmlAndSvgBecauseTheyCanCarryScript() throws IOException {
        assertThat(detect(AttachmentSamples.html())).isEmpty();
        assertThat(detect(AttachmentSamples.svg())).isEmpty();
    }

    @Test
    void refusesAZipThatIsNotAnOfficeDocument() throws IOException {
        assertThat(detect(AttachmentSamples.zipOfOtherFiles())).isEmpty();
    }

    @Test
    void refusesACompoundFileThatIsNeitherWordNorExcel() throws IOException {
        assertThat(detect(AttachmentSamples.ole2Installer())).isEmpty();
    }

    @Test
    void refusesDocumentsWithMacros() throws IOException {
        assertThat(detect(AttachmentSamples.docxWithMacros())).isEmpty();
        assertThat(detect(AttachmentSamples.docWithMacros())).isEmpty();
    }

    @Test
    void refusesAnEmptyOrTruncatedFile() throws IOException {
        assertThat(detect(new byte[0])).isEmpty();
        assertThat(detect(new byte[] { '%', 'P', 'D' })).isEmpty();
        assertThat(detect(new byte[] { 'P', 'K', 3, 4, 0, 0 })).isEmpty();
    }

    private Optional<AttachmentType> detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(directory, "sample", ".pdf");
        Files.write(file, content);
        return AttachmentType.detect(file);
    }
}
