package sa.silah.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.assessment.NeedLevel;
import sa.silah.shared.Dates;
import sa.silah.shared.RecordNotFoundException;

/**
 * The calls the standing rules ask officers to make: listed a page at a time (open ones by the day they are due,
 * closed ones the latest first), each with the beneficiary's name, mobile, need level and last contact read in the
 * same query, and closed by the officer who made the call.
 */
@Service
@Transactional
public class CallTasks {

    private static final String SELECT = """
            select t.id, t.beneficiary_id, b.full_name, b.mobile,
                   (select a.need_level from assessment a where a.beneficiary_id = t.beneficiary_id
                        and a.status = 'VERIFIED' and a.valid_until >= :today
                        and not exists (select 1 from assessment n where n.beneficiary_id = a.beneficiary_id
                            and n.status = 'VERIFIED'
                            and (n.verified_at > a.verified_at or (n.verified_at = a.verified_at and n.id > a.id))))
                        as need_level,
                   %s as last_contact,
                   t.rule, t.reason_key, t.reason_params, t.created_at, t.due_on, t.status, t.done_by, t.done_at, t.note
            from call_task t
            join beneficiary b on b.id = t.beneficiary_id
            """.formatted(Contacts.lastContactOf("t.beneficiary_id"));

    private final CallTaskRecords tasks;
    private final JdbcClient jdbc;
    private final Clock clock;

    CallTasks(CallTaskRecords tasks, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the tasks of a status: two queries whatever the page holds (the count and the rows). */
    @Transactional(readOnly = true)
    public Page<CallTaskView> list(CallTaskStatus status, Pageable pageable) {
        long total = jdbc.sql("select count(*) from call_task where status = :status").param("status", status.name())
                .query(Long.class).single();
        String order = status == CallTaskStatus.OPEN ? " order by t.due_on, t.created_at, t.id"
                : " order by t.done_at desc, t.id";
        List<CallTaskView> rows = jdbc.sql(SELECT + " where t.status = :status" + order
                + " offset :offset rows fetch next :size rows only")
                .param("today", today()).param("status", status.name())
                .param("offset", pageable.getOffset()).param("size", pageable.getPageSize())
                .query((row, n) -> view(row)).list();
        return new PageImpl<>(rows, pageable, total);
    }

    @Transactional(readOnly = true)
    public CallTaskView get(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("today", today()).param("id", id)
                .query((row, n) -> view(row)).optional()
                .orElseThrow(() -> new RecordNotFoundException("call task", id));
    }

    /**
     * The officer made the call.
     *
     * @throws sa.silah.shared.InvalidFieldsException on {@code note} when too long, on {@code status} when the task
     *         is closed already
     */
    public void done(UUID id, String note, String officer) {
        CallTask task = tasks.findById(id).orElseThrow(() -> new RecordNotFoundException("call task", id));
        task.done(note, officer, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Dates.RIYADH);
    }

    private static CallTaskView view(ResultSet row) throws SQLException {
        String level = row.getString("need_level");
        return new CallTaskView(row.getObject("id", UUID.class), row.getObject("beneficiary_id", UUID.class),
                row.getString("full_name"), row.getString("mobile"), level == null ? null : NeedLevel.valueOf(level),
                instant(row.getTimestamp("last_contact")), StandingRule.valueOf(row.getString("rule")),
                CallReason.read(row.getString("reason_key"), row.getString("reason_params")),
                instant(row.getTimestamp("created_at")), row.getObject("due_on", LocalDate.class),
                CallTaskStatus.valueOf(row.getString("status")), row.getString("done_by"),
                instant(row.getTimestamp("done_at")), row.getString("note"));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
