package sa.silah.letters;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import sa.silah.shared.FileStore;
import sa.silah.shared.ScanType;

/**
 * The letters' scans, under {@code silah.letters.directory}: PDF, PNG or JPEG only, since a scan is never an
 * office document, which request attachments may be.
 */
@Component
class LetterFiles extends FileStore<ScanType> {

    @Autowired
    LetterFiles(LettersProperties properties) {
        this(Path.of(properties.directory()), properties.maxScanSize());
    }

    LetterFiles(Path root, DataSize maxSize) {
        super(root, maxSize, ScanType::detect, new Refusals("letter.scan.empty", "letter.scan.tooLarge", "letter.scan.type"));
    }
}
