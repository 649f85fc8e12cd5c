package sa.silah.knowledge;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import sa.silah.shared.FileStore;

/** The library's uploaded documents, PDF or DOCX, on disk. */
@Component
class KnowledgeFiles extends FileStore<FileType> {

    @Autowired
    KnowledgeFiles(KnowledgeProperties properties) {
        this(Path.of(properties.directory()), properties.maxFileSize());
    }

    KnowledgeFiles(Path root, DataSize maxSize) {
        super(root, maxSize, FileType::detect,
                new Refusals("knowledge.file.empty", "knowledge.file.tooLarge", "knowledge.file.type"));
    }
}
