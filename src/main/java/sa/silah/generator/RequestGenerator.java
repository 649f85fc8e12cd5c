package sa.silah.generator;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.casework.CaseworkProperties;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.Priority;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.SlaState;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.sla.BusinessCalendar;
import sa.silah.sla.BusinessDuration;

/**
 * Writes three years of requests, in time order, with what the pages show around them: the history of their
 * statuses, the contact that brought them and the call that closed some, the messages sent to the beneficiary,
 * and the satisfaction survey of closed requests (three in ten answered). Due times come from the real business
 * calendar; how long a request took is drawn so that most close in time, some late and a few very late, and a
 * request whose drawn closing lies in the future is still open.
 */
final class RequestGenerator {

    static final String INSERT_REQUEST = """
            insert into request (id, reference_number, kind, channel, beneficiary_id, service_id, subject, priority,
                department_id, assignee, status, submitted_at, submitted_by, promised_minutes, due_at, at_risk_at,
                paused_since, paused_minutes, sla_state, closed_at, closing_note, business_minutes_to_close,
                closed_within_due_time, reopened, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, false, 0)""";
    static final String INSERT_HISTORY = """
            insert into request_history (request_id, occurred_at, actor, action, from_status, to_status, detail)
            values (?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_INTERACTION = """
            insert into interaction (beneficiary_id, request_id, type, channel, direction, summary, internal, actor,
                occurred_at)
            values (?, ?, ?, ?, ?, ?, false, ?, ?)""";
    static final String INSERT_NOTIFICATION = """
            insert into notification (id, dedup_key, request_id, request_ref, recipient, channel, template_key,
                language, subject, body, status, attempts, next_attempt_at, created_at, sent_at, delivered_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENT', 1, ?, ?, ?, ?, 0)""";
    static final String INSERT_INVITATION = """
            insert into survey_invitation (id, token, survey_id, purpose, request_id, request_ref, closure_request_id,
                beneficiary_id, language, service_id, department_id, request_kind, channel, created_at, expires_at,
                reminded_at, answered_at, version)
            values (?, ?, ?, 'REQUEST', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    static final String INSERT_INVITATION_SEGMENT = """
            insert into survey_invitation_segment (invitation_id, segment_id) values (?, ?)""";
    static final String INSERT_RESPONSE = """
            insert into survey_response (id, survey_id, invitation_id, request_id, request_ref, beneficiary_id,
                anonymous, purpose, submitted_on, service_id, department_id, request_kind, channel, staff_username,
                overall_score, resolved, recommend_score)
            values (?, ?, ?, ?, ?, ?, false, 'REQUEST', ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_RESPONSE_SEGMENT = """
            insert into survey_response_segment (response_id, segment_id) values (?, ?)""";
    static final String INSERT_ANSWER = """
            insert into survey_answer (response_id, question_key, type, score) values (?, ?, ?, ?)""";

    private static final String[] INQUIRIES = { "استفسار عن مواعيد صرف المساعدات", "استفسار عن شروط التسجيل",
            "استفسار عن حالة الطلب السابق", "استفسار عن المستندات المطلوبة", "استفسار عن برامج الجمعية",
            "استفسار عن السلة الغذائية الرمضانية" };
    private static final String[] COMPLAINTS = { "تأخر الرد على الطلب", "صعوبة الوصول إلى الموظف المختص",
            "عدم وضوح سبب الرفض", "تأخر صرف المساعدة المعتمدة", "ملاحظة على تعامل أحد الموظفين" };
    private static final String[] SUGGESTIONS = { "اقتراح إتاحة الطلبات عبر واتساب", "اقتراح توسيع ساعات الاستقبال",
            "اقتراح برنامج تدريبي للأبناء", "اقتراح تذكير بمواعيد الزيارات" };
    private static final String[] VOLUNTEERING = { "طلب تطوع في توزيع السلال الغذائية", "طلب تطوع في البرامج الصيفية",
            "طلب تطوع في الزيارات المنزلية", "طلب تطوع في حملة كسوة العيد" };
    private static final String[] REJECTIONS = { "لا تنطبق شروط الخدمة", "لم تكتمل المستندات المطلوبة",
            "سبق الاستفادة من الخدمة خلال العام" };
    private static final String[] CANCELLATIONS = { "بطلب من المستفيد", "طلب مكرر" };

    private record Draft(RequestKind kind, Channel channel, int beneficiary, Catalog.Service service,
            Instant submittedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ChunkWriter writer;
    private final Random random;
    private final Population population;
    private final Catalog catalog;
    private final BusinessCalendar calendar;
    private final CaseworkProperties casework;
    private final Instant windowStart;
    private final Instant now;
    private final int batchSize;

    RequestGenerator(JdbcTemplate jdbc, TransactionTemplate transaction, ChunkWriter writer, Random random,
            Population population, Catalog catalog, BusinessCalendar calendar, CaseworkProperties casework,
            Instant windowStart, Instant now, int batchSize) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.writer = writer;
        this.random = random;
        this.population = population;
        this.catalog = catalog;
        this.calendar = calendar;
        this.casework = casework;
        this.windowStart = windowStart;
        this.now = now;
        this.batchSize = batchSize;
    }

    /** Writes {@code count} requests spread evenly over the window; the rows written. */
    long generate(int count) {
        Progress progress = new Progress("Requests", count);
        for (int start = 0; start < count; start += batchSize) {
            int end = Math.min(count, start + batchSize);
            List<Draft> drafts = new ArrayList<>(end - start);
            for (int index = start; index < end; index++) {
                drafts.add(draft(index, count));
            }
            drafts.sort(Comparator.comparing(Draft::submittedAt));
            List<String> references = transaction.execute(status -> reserveReferences(drafts));
            TableRows rows = new TableRows();
            for (int i = 0; i < drafts.size(); i++) {
                request(drafts.get(i), references.get(i), rows);
            }
            writer.write(rows, progress, end - start);
        }
        writer.flush();
        markDaysForReports();
        return progress.rows();
    }

    private Draft draft(int index, int count) {
        RequestKind kind = kind();
        Channel channel = channel(kind);
        Instant submitted = submittedAt(index, count, channel);
        boolean anonymous = kind.mayBeAnonymous() && random.nextInt(4) == 0;
        int beneficiary = anonymous ? -1 : beneficiaryAt(submitted);
        Catalog.Service service = kind == RequestKind.SERVICE || kind == RequestKind.INQUIRY && random.nextBoolean()
                ? catalog.pickService(random) : null;
        return new Draft(kind, channel, beneficiary, service, submitted);
    }

    /** Long-registered beneficiaries come back more often than newcomers. */
    private int beneficiaryAt(Instant submitted) {
        int registered = population.registeredBy(submitted);
        return (int) (registered * Math.pow(random.nextDouble(), 1.5));
    }

    private RequestKind kind() {
        int draw = random.nextInt(100);
        return draw < 60 ? RequestKind.SERVICE : draw < 82 ? RequestKind.INQUIRY : draw < 89 ? RequestKind.COMPLAINT
                : draw < 94 ? RequestKind.SUGGESTION : RequestKind.VOLUNTEERING;
    }

    private Channel channel(RequestKind kind) {
        int draw = random.nextInt(100);
        return switch (kind) {
            case SERVICE -> draw < 35 ? Channel.WEBSITE : draw < 55 ? Channel.ASSISTANCE_REQUEST
                    : draw < 75 ? Channel.INTERVIEW : draw < 90 ? Channel.PHONE : draw < 95 ? Channel.LETTER
                    : Channel.SOCIAL_MEDIA;
            case INQUIRY -> draw < 45 ? Channel.PHONE : draw < 70 ? Channel.SOCIAL_MEDIA : draw < 95 ? Channel.WEBSITE
                    : Channel.INTERVIEW;
            case COMPLAINT -> draw < 35 ? Channel.PHONE : draw < 70 ? Channel.WEBSITE : draw < 85 ? Channel.SOCIAL_MEDIA
                    : draw < 95 ? Channel.LETTER : Channel.INTERVIEW;
            case SUGGESTION -> draw < 60 ? Channel.WEBSITE : draw < 80 ? Channel.SOCIAL_MEDIA : Channel.PHONE;
            case VOLUNTEERING -> draw < 70 ? Channel.VOLUNTEERING : Channel.WEBSITE;
        };
    }

    /**
     * The index-th of {@code count} days spread over the window; offices receive on working days in working hours,
     * the website and social media at any time of the day.
     */
    private Instant submittedAt(int index, int count, Channel channel) {
        long windowDays = Duration.between(windowStart, now).toDays();
        LocalDate day = windowStart.atZone(Dates.RIYADH).toLocalDate()
                .plusDays((long) ((index + random.nextDouble()) / count * windowDays));
        boolean online = channel == Channel.WEBSITE || channel == Channel.SOCIAL_MEDIA
                || channel == Channel.VOLUNTEERING;
        LocalTime time;
        if (online) {
            time = LocalTime.of(6, 0).plusMinutes(random.nextInt(18 * 60 - 1));
        }
        else {
            for (int tries = 0; tries < 14 && !calendar.isWorkingDay(day); tries++) {
                day = day.plusDays(1);
            }
            time = LocalTime.of(8, 0).plusMinutes(random.nextInt(7 * 60 + 30));
        }
        Instant at = day.atTime(time).atZone(Dates.RIYADH).toInstant().plusSeconds(random.nextInt(60));
        return at.isAfter(now) ? now.minusSeconds(60 + random.nextInt(3600)) : at;
    }

    /**
     * Takes the next numbers of each Hijri year from the app's own counters, in submission order, in a transaction
     * of its own: a chunk that then fails to be written leaves a gap in the numbers, as nothing else would notice.
     */
    private List<String> reserveReferences(List<Draft> drafts) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        List<Integer> years = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            int year = HijrahDate.from(draft.submittedAt().atZone(Dates.RIYADH).toLocalDate())
                    .get(ChronoField.YEAR);
            years.add(year);
            perYear.merge(year, 1, Integer::sum);
        }
        Map<Integer, Long> next = new TreeMap<>();
        perYear.forEach((year, needed) -> {
            if (jdbc.update("update request_sequence set last_value = last_value + ? where hijri_year = ?", needed,
                    year) == 0) {
                jdbc.update("insert into request_sequence (hijri_year, last_value) values (?, ?)", year, needed);
            }
            Long last = jdbc.queryForObject("select last_value from request_sequence where hijri_year = ?",
                    Long.class, year);
            next.put(year, last - needed + 1);
        });
        List<String> references = new ArrayList<>(drafts.size());
        for (int year : years) {
            long number = next.merge(year, 1L, Long::sum) - 1;
            references.add("REQ-%d-%06d".formatted(year, number));
        }
        return references;
    }

    private void request(Draft draft, String reference, TableRows rows) {
        UUID id = Ids.uuid(random);
        Instant submitted = draft.submittedAt();
        BusinessDuration promised = draft.service() != null
                ? BusinessDuration.ofMinutes(draft.service().standardMinutes()) : casework.durationOf(draft.kind());
        Instant due = calendar.addBusinessTime(submitted, promised);
        long atRiskMinutes = Math.round(promised.minutes() * casework.atRiskShare());
        Instant atRisk = calendar.addBusinessTime(submitted, BusinessDuration.ofMinutes(atRiskMinutes));
        long minutesToClose = minutesToClose(promised.minutes());
        Instant closedAt = calendar.addBusinessTime(submitted, BusinessDuration.ofMinutes(minutesToClose));
        Instant started = calendar.addBusinessTime(submitted, BusinessDuration.ofMinutes(minutesToClose / 5));
        boolean closed = !closedAt.isAfter(now) && random.nextDouble() < closedShare(submitted);
        RequestStatus status = closed ? closedStatus(draft.kind()) : openStatus(started);
        String assignee = status == RequestStatus.SUBMITTED ? null : catalog.pickStaff(random);
        SlaState sla = closed ? slaAt(minutesToClose, promised.minutes(), atRiskMinutes)
                : now.isAfter(due) ? SlaState.BREACHED : now.isAfter(atRisk) ? SlaState.AT_RISK : SlaState.ON_TRACK;
        Instant pausedSince = status == RequestStatus.AWAITING_BENEFICIARY
                ? started.plus(Duration.between(started, now).dividedBy(3)) : null;
        Integer beneficiary = draft.beneficiary() < 0 ? null : draft.beneficiary();
        UUID beneficiaryId = beneficiary == null ? null : population.id(beneficiary);
        Long serviceId = draft.service() == null ? null : draft.service().id();
        long departmentId = draft.service() == null ? catalog.defaultDepartmentId() : draft.service().departmentId();
        String reason = status == RequestStatus.REJECTED ? pick(REJECTIONS)
                : status == RequestStatus.CANCELLED ? pick(CANCELLATIONS) : null;
        rows.add(INSERT_REQUEST, id, reference, draft.kind().name(), draft.channel().name(), beneficiaryId, serviceId,
                subject(draft), priority().name(), departmentId, assignee, status.name(), ts(submitted),
                DataGenerator.ACTOR, promised.minutes(), ts(due), ts(atRisk), ts(pausedSince), sla.name(),
                closed ? ts(closedAt) : null, status == RequestStatus.RESOLVED ? "تم إنجاز الطلب وإبلاغ المستفيد" : null,
                closed ? minutesToClose : null, closed ? !closedAt.isAfter(due) : null);
        history(id, status, promised, submitted, started, pausedSince, closed ? closedAt : null, assignee, reason,
                sla, atRisk, due, rows);
        interactions(id, beneficiaryId, draft.channel(), submitted, closed ? closedAt : null, assignee, rows);
        if (beneficiary != null) {
            notify(id, reference, beneficiary, "submitted:" + id, "REQUEST_RECEIVED", submitted, rows);
            if (status == RequestStatus.RESOLVED || status == RequestStatus.REJECTED) {
                notify(id, reference, beneficiary, "status:" + id + ":" + status + ":" + closedAt.toEpochMilli(),
                        status == RequestStatus.RESOLVED ? "REQUEST_RESOLVED" : "REQUEST_REJECTED", closedAt, rows);
                survey(id, reference, draft, beneficiary, status, departmentId, assignee, closedAt, rows);
            }
        }
    }

    /** Most close within 90 % of the promise, one in ten around it (most a little late), one in twenty very late. */
    private long minutesToClose(long promised) {
        int draw = random.nextInt(100);
        double share = draw < 85 ? 0.05 + random.nextDouble() * 0.85 : draw < 95 ? 0.9 + random.nextDouble() * 0.4
                : 1.3 + random.nextDouble() * 1.7;
        return Math.max(5, Math.round(promised * share));
    }

    /** Nearly every old request is closed; of the last weeks' fewer, the older the more. */
    private double closedShare(Instant submitted) {
        long age = Duration.between(submitted, now).toDays();
        return age > 90 ? 0.999 : age > 30 ? 0.97 : age > 7 ? 0.85 : 0.5;
    }

    private RequestStatus closedStatus(RequestKind kind) {
        int draw = random.nextInt(100);
        if (kind == RequestKind.INQUIRY || kind == RequestKind.SUGGESTION) {
            return draw < 95 ? RequestStatus.RESOLVED : RequestStatus.CANCELLED;
        }
        return draw < 84 ? RequestStatus.RESOLVED : draw < 93 ? RequestStatus.REJECTED : RequestStatus.CANCELLED;
    }

    private RequestStatus openStatus(Instant started) {
        if (started.isAfter(now)) {
            return RequestStatus.SUBMITTED;
        }
        int draw = random.nextInt(100);
        return draw < 20 ? RequestStatus.SUBMITTED : draw < 85 ? RequestStatus.IN_PROGRESS
                : RequestStatus.AWAITING_BENEFICIARY;
    }

    private static SlaState slaAt(long minutesToClose, long promised, long atRisk) {
        return minutesToClose > promised ? SlaState.BREACHED : minutesToClose > atRisk ? SlaState.AT_RISK
                : SlaState.ON_TRACK;
    }

    private Priority priority() {
        int draw = random.nextInt(100);
        return draw < 80 ? Priority.NORMAL : draw < 92 ? Priority.HIGH : draw < 97 ? Priority.LOW : Priority.URGENT;
    }

    private String subject(Draft draft) {
        return switch (draft.kind()) {
            case SERVICE -> "طلب " + draft.service().nameAr();
            case INQUIRY -> draft.service() == null ? pick(INQUIRIES) : "استفسار عن " + draft.service().nameAr();
            case COMPLAINT -> pick(COMPLAINTS);
            case SUGGESTION -> pick(SUGGESTIONS);
            case VOLUNTEERING -> pick(VOLUNTEERING);
        };
    }

    /** The history the request page lists: submitted, taken up, paused, late and closed, as the app records them. */
    private void history(UUID id, RequestStatus status, BusinessDuration promised, Instant submitted, Instant started,
            Instant pausedSince, Instant closedAt, String assignee, String reason, SlaState sla, Instant atRisk,
            Instant due, TableRows rows) {
        rows.add(INSERT_HISTORY, id, ts(submitted), DataGenerator.ACTOR, "SUBMITTED", null, "SUBMITTED",
                promised.toString());
        if (status == RequestStatus.SUBMITTED) {
            return;
        }
        if (status == RequestStatus.CANCELLED && random.nextBoolean()) {
            rows.add(INSERT_HISTORY, id, ts(closedAt), DataGenerator.ACTOR, "STATUS_CHANGED", "SUBMITTED", "CANCELLED",
                    reason);
            return;
        }
        String actor = assignee == null ? DataGenerator.ACTOR : assignee;
        if (assignee != null) {
            rows.add(INSERT_HISTORY, id, ts(started), actor, "ASSIGNED", "SUBMITTED", "SUBMITTED", assignee);
        }
        rows.add(INSERT_HISTORY, id, ts(started), actor, "STATUS_CHANGED", "SUBMITTED", "IN_PROGRESS", null);
        if (pausedSince != null) {
            rows.add(INSERT_HISTORY, id, ts(pausedSince), actor, "STATUS_CHANGED", "IN_PROGRESS",
                    "AWAITING_BENEFICIARY", "نرجو تزويدنا بصورة الهوية وصك الإعالة");
        }
        if (sla != SlaState.ON_TRACK) {
            rows.add(INSERT_HISTORY, id, ts(atRisk), "system", "AT_RISK", "IN_PROGRESS", "IN_PROGRESS", null);
        }
        if (sla == SlaState.BREACHED) {
            rows.add(INSERT_HISTORY, id, ts(due), "system", "BREACHED", "IN_PROGRESS", "IN_PROGRESS", null);
        }
        if (closedAt != null) {
            rows.add(INSERT_HISTORY, id, ts(closedAt), actor, "STATUS_CHANGED", "IN_PROGRESS", status.name(), reason);
        }
    }

    /** The contact that brought the request, and for four in ten closed ones the officer's call with the outcome. */
    private void interactions(UUID id, UUID beneficiaryId, Channel channel, Instant submitted, Instant closedAt,
            String assignee, TableRows rows) {
        rows.add(INSERT_INTERACTION, beneficiaryId, id, InteractionType.usualFor(channel).name(), channel.name(),
                Direction.INBOUND.name(), "تواصل المستفيد بخصوص الطلب", DataGenerator.ACTOR, ts(submitted));
        if (closedAt != null && beneficiaryId != null && random.nextInt(10) < 4) {
            rows.add(INSERT_INTERACTION, beneficiaryId, id, InteractionType.CALL.name(), Channel.PHONE.name(),
                    Direction.OUTBOUND.name(), "اتصال بالمستفيد لإبلاغه بنتيجة الطلب",
                    assignee == null ? DataGenerator.ACTOR : assignee, ts(closedAt));
        }
    }

    private void notify(UUID requestId, String reference, int beneficiary, String dedupKey, String template,
            Instant at, TableRows rows) {
        String channel = population.channel(beneficiary);
        boolean english = "en".equals(population.language(beneficiary));
        String body = switch (template) {
            case "REQUEST_RECEIVED" -> english ? "We received your request " + reference + "."
                    : "استلمنا طلبك " + reference + "، وسنبلغك بما يستجد.";
            case "REQUEST_RESOLVED" -> english ? "Your request " + reference + " is complete. Thank you."
                    : "تم إنجاز طلبك " + reference + ". شكراً لتواصلك معنا.";
            default -> english ? "Sorry, your request " + reference + " was not accepted."
                    : "نعتذر، لم يُقبل طلبك " + reference + ".";
        };
        Instant sent = at.plusSeconds(5 + random.nextInt(60));
        rows.add(INSERT_NOTIFICATION, Ids.uuid(random), dedupKey, requestId, reference,
                population.recipient(beneficiary), channel, template, population.language(beneficiary),
                "EMAIL".equals(channel) ? (english ? "Your request " : "طلبك ") + reference : null, body, ts(sent),
                ts(at), ts(sent), "EMAIL".equals(channel) ? null : ts(sent.plusSeconds(3 + random.nextInt(30))));
    }

    /**
     * The invitation a closed request gets, answered three times in ten within four days, with the scores leaning to
     * satisfied and lower when the request was rejected.
     */
    private void survey(UUID requestId, String reference, Draft draft, int beneficiary, RequestStatus status,
            long departmentId, String assignee, Instant closedAt, TableRows rows) {
        Catalog.Survey survey = catalog.survey();
        if (survey == null) {
            return;
        }
        UUID invitation = Ids.uuid(random);
        boolean answered = random.nextInt(10) < 3;
        Instant answeredAt = closedAt.plus(Duration.ofMinutes(30 + random.nextInt(4 * 24 * 60)));
        if (answeredAt.isAfter(now)) {
            answered = false;
        }
        // The app reminds once, three days after the invitation, whoever has not answered by then.
        Instant reminder = closedAt.plus(Duration.ofDays(3));
        boolean reminded = !reminder.isAfter(now) && !(answered && answeredAt.isBefore(reminder));
        Long serviceId = draft.service() == null ? null : draft.service().id();
        String language = population.language(beneficiary);
        rows.add(INSERT_INVITATION, invitation, Ids.token(random), survey.id(), requestId, reference, requestId,
                population.id(beneficiary), language, serviceId, departmentId, draft.kind().name(),
                draft.channel().name(), ts(closedAt), ts(closedAt.plus(Duration.ofDays(14))),
                reminded ? ts(reminder) : null, answered ? ts(answeredAt) : null);
        long[] segments = population.segments(beneficiary);
        for (long segment : segments) {
            rows.add(INSERT_INVITATION_SEGMENT, invitation, segment);
        }
        if (!answered) {
            return;
        }
        UUID response = Ids.uuid(random);
        int overall = overallScore(status == RequestStatus.REJECTED);
        boolean resolved = status == RequestStatus.RESOLVED ? random.nextInt(10) > 0 : random.nextInt(10) < 2;
        int recommend = Math.max(0, Math.min(10, overall * 2 - 1 + random.nextInt(3)));
        rows.add(INSERT_RESPONSE, response, survey.id(), invitation, requestId, reference, population.id(beneficiary),
                Date.valueOf(answeredAt.atZone(Dates.RIYADH).toLocalDate()), serviceId, departmentId,
                draft.kind().name(), draft.channel().name(), assignee, overall, resolved, recommend);
        for (long segment : segments) {
            rows.add(INSERT_RESPONSE_SEGMENT, response, segment);
        }
        for (Catalog.Question question : survey.questions()) {
            Integer score = switch (question.type()) {
                case "RATING" -> "overall".equals(question.key()) ? overall
                        : Math.max(1, Math.min(5, overall - 1 + random.nextInt(3)));
                case "YES_NO" -> resolved ? 1 : 0;
                case "LIKELIHOOD" -> recommend;
                default -> null;
            };
            if (score != null) {
                rows.add(INSERT_ANSWER, response, question.key(), question.type(), score);
            }
        }
    }

    private int overallScore(boolean rejected) {
        int draw = random.nextInt(100) + (rejected ? 35 : 0);
        return draw < 45 ? 5 : draw < 75 ? 4 : draw < 87 ? 3 : draw < 94 ? 2 : 1;
    }

    /** Marks every day of the window for the reports' daily figures, which count marked days again. */
    private void markDaysForReports() {
        List<Object[]> days = new ArrayList<>();
        LocalDate last = now.atZone(Dates.RIYADH).toLocalDate();
        for (LocalDate day = windowStart.atZone(Dates.RIYADH).toLocalDate(); !day.isAfter(last);
                day = day.plusDays(1)) {
            days.add(new Object[] { Date.valueOf(day) });
        }
        transaction.executeWithoutResult(
                status -> jdbc.batchUpdate("insert into report_change (report_day) values (?)", days));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
