package sa.silah.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Attachments extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByRequestIdOrderByUploadedAtAscIdAsc(UUID requestId);

    Optional<Attachment> findByIdAndRequestId(UUID id, UUID requestId);
}
