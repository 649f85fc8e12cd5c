package sa.silah.knowledge;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.Dates;

/**
 * What the library answered in a period, and what it did not: the most used items, and the inquiries submitted in
 * the period that no item answered — the FAQ to write next. Both are counted in SQL; this reads the casework
 * module's request table (kind, submission time, reference, subject) and writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeReport {

    private static final String UNANSWERED = """
            where r.kind = 'INQUIRY' and r.submitted_at >= :start and r.submitted_at < :end
            and not exists (select 1 from knowledge_use u where u.request_id = r.id)""";

    private final JdbcClient jdbc;

    KnowledgeReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A period of whole days in Riyadh, both ends included. */
    public record Period(LocalDate from, LocalDate to) {

        Timestamp start() {
            return Timestamp.from(from.atStartOfDay(Dates.RIYADH).toInstant());
        }

        Timestamp end() {
            return Timestamp.from(to.plusDays(1).atStartOfDay(Dates.RIYADH).toInstant());
        }
    }

    /** An item and how many replies it gave in the period. */
    public record UsedItem(ItemKind kind, long itemId, String titleAr, String titleEn, long uses) {

        public String title(String language) {
            return "en".equals(language) ? titleEn : titleAr;
        }
    }

    /** An inquiry of the period that no knowledge item answered. */
    public record UnansweredInquiry(String referenceNumber, String subject, Instant submittedAt, String status) {
    }

    /** The items used in the period, the most used first. */
    public Page<UsedItem> mostUsed(Period period, Pageable pageable) {
        long total = jdbc.sql("""
                select count(*) from (select distinct u.entry_id, u.document_id from knowledge_use u
                where u.used_at >= :start and u.used_at < :end) used""")
                .param("start", period.start()).param("end", period.end()).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<UsedItem> items = jdbc.sql("""
                select u.entry_id, u.document_id, e.kind, count(*) as uses,
                       coalesce(e.question_ar, d.title_ar) as title_ar, coalesce(e.question_en, d.title_en) as title_en
                from knowledge_use u
                left join knowledge_entry e on e.id = u.entry_id
                left join knowledge_document d on d.id = u.document_id
                where u.used_at >= :start and u.used_at < :end
                group by u.entry_id, u.document_id, e.kind, e.question_ar, e.question_en, d.title_ar, d.title_en
                order by uses desc, title_ar
                limit :limit offset :offset""")
                .param("start", period.start()).param("end", period.end())
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> {
                    Long entryId = rs.getObject("entry_id", Long.class);
                    ItemKind kind = entryId == null ? ItemKind.DOCUMENT
                            : ItemKind.of(EntryKind.valueOf(rs.getString("kind")));
                    return new UsedItem(kind, entryId == null ? rs.getLong("document_id") : entryId,
                            rs.getString("title_ar"), rs.getString("title_en"), rs.getLong("uses"));
                })
                .list();
        return new PageImpl<>(items, pageable, total);
    }

    /** How many inquiries submitted in the period no knowledge item answered. */
    public long countUnanswered(Period period) {
        return jdbc.sql("select count(*) from request r " + UNANSWERED)
                .param("start", period.start()).param("end", period.end()).query(Long.class).single();
    }

    /** The inquiries submitted in the period that no knowledge item answered, the latest first. */
    public Page<UnansweredInquiry> unanswered(Period period, Pageable pageable) {
        long total = countUnanswered(period);
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<UnansweredInquiry> inquiries = jdbc.sql("""
                select r.reference_number, r.subject, r.submitted_at, r.status from request r
                """ + UNANSWERED + " order by r.submitted_at desc, r.reference_number limit :limit offset :offset")
                .param("start", period.start()).param("end", period.end())
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new UnansweredInquiry(rs.getString("reference_number"), rs.getString("subject"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getString("status")))
                .list();
        return new PageImpl<>(inquiries, pageable, total);
    }
}
