package sa.silah.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Passages extends JpaRepository<Passage, Long> {

    @Modifying
    @Query("delete from Passage p where p.documentId = :documentId")
    void deleteByDocumentId(Long documentId);

    @Modifying
    @Query("delete from Passage p where p.entryId = :entryId")
    void deleteByEntryId(Long entryId);

    @Modifying
    @Query("delete from Passage p where p.documentId = :documentId and p.heading = true")
    void deleteTitleOf(Long documentId);

    @Modifying
    @Query("""
            update Passage p set p.type = :type, p.year = :year, p.visibility = :visibility
            where p.documentId = :documentId""")
    void describe(Long documentId, DocumentType type, Integer year, Visibility visibility);
}
