package sa.silah.casework;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import sa.silah.shared.FileStore;

/** The requests' attachments, under {@code silah.requests.attachment-directory}: documents, scans and photos. */
@Component
class AttachmentStorage extends FileStore<AttachmentType> {

    @Autowired
    AttachmentStorage(CaseworkProperties properties) {
        this(Path.of(properties.attachmentDirectory()), properties.maxAttachmentSize());
    }

    AttachmentStorage(Path root, DataSize maxSize) {
        super(root, maxSize, AttachmentType::detect,
                new Refusals("attachment.empty", "attachment.tooLarge", "attachment.type.refused"));
    }
}
