package sa.silah.knowledge;

import java.util.List;

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

    /** The text of a document's page (a list of one, or empty). */
    @Query("select p.text from Passage p where p.documentId = :documentId and p.page = :page")
    List<String> textOf(Long documentId, Integer page);

    /** A document's title passage (a list of one, or empty). */
    @Query("select p.text from Passage p where p.documentId = :documentId and p.heading = true")
    List<String> titleOf(Long documentId);
}
