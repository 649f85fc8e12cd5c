package sa.silah.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;

import sa.silah.knowledge.DocumentType;
import sa.silah.knowledge.DocumentVersion;
import sa.silah.knowledge.KnowledgeDocument;
import sa.silah.knowledge.Visibility;
import sa.silah.shared.Dates;

/** A document as the API shows it: its description, the Hijri years its year spans, and its versions. */
record DocumentResponse(long id, DocumentType type, String titleAr, String titleEn, int year, String yearHijri,
        Visibility visibility, int currentVersion, OffsetDateTime updatedAt, String updatedBy,
        List<Version> versions) {

    /** One upload, with the address to download its file. */
    record Version(int versionNo, String fileName, String mediaType, long size, int pages, OffsetDateTime uploadedAt,
            String uploadedBy, String file) {

        static Version of(DocumentVersion version) {
            return new Version(version.getVersionNo(), version.getFileName(), version.getFileType().mediaType(),
                    version.getFileSize(), version.getPages(), riyadh(version.getUploadedAt()), version.getUploadedBy(),
                    "/api/v1/knowledge/documents/" + version.getDocumentId() + "/versions/" + version.getVersionNo()
                            + "/file");
        }
    }

    static DocumentResponse of(KnowledgeDocument document, List<DocumentVersion> versions) {
        return new DocumentResponse(document.getId(), document.getType(), document.getTitleAr(),
                document.getTitleEn(), document.getYear(), document.hijriYears(), document.getVisibility(),
                document.getCurrentVersion(), riyadh(document.getUpdatedAt()), document.getUpdatedBy(),
                versions.stream().map(Version::of).toList());
    }

    private static OffsetDateTime riyadh(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(Dates.RIYADH).toOffsetDateTime();
    }
}
