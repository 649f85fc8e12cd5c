package sa.silah.generator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.casework.CaseworkProperties;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.shared.Dates;
import sa.silah.sla.BusinessCalendar;

/**
 * Fills the database: the beneficiaries first, then the requests over the last three years, each in chunks of one
 * JDBC batch per table and one transaction per chunk, written on a second thread while the next chunk is made. A database that already holds generated rows is refused
 * unless the options say append; appended rows continue the ID sequence and draw from a different random stream.
 */
@Component
class DataGenerator {

    /** Who created every generated row (created_by, submitted_by, recorded_by): it tells them apart. */
    static final String ACTOR = "generator";

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

    /** The catalog written when the database has no active service: departments and the services they give. */
    private static final List<String[]> DEPARTMENTS = List.of(
            new String[] { "BENEFICIARY_RELATIONS", "علاقات المستفيدين", "Beneficiary relations" },
            new String[] { "SOCIAL_CARE", "الرعاية الاجتماعية", "Social care" },
            new String[] { "WAQF_SERVICES", "الخدمات الوقفية", "Waqf services" },
            new String[] { "PROGRAMMES", "البرامج والتطوع", "Programmes and volunteering" });
    private static final List<String[]> SERVICES = List.of(
            new String[] { "GEN_FOOD_BASKET", "سلة غذائية", "Food basket", "SOCIAL_CARE", "P3D" },
            new String[] { "GEN_BILLS", "سداد فاتورة الكهرباء", "Electricity bill", "SOCIAL_CARE", "P5D" },
            new String[] { "GEN_RENT", "مساعدة إيجار", "Rent assistance", "SOCIAL_CARE", "P10D" },
            new String[] { "GEN_SCHOOL_BAG", "الحقيبة المدرسية", "School bag", "PROGRAMMES", "P5D" },
            new String[] { "GEN_MEDICAL", "مساعدة علاجية", "Medical assistance", "SOCIAL_CARE", "P10D" },
            new String[] { "GEN_CERTIFICATE", "شهادة تعريف بالاستفادة", "Beneficiary certificate",
                    "BENEFICIARY_RELATIONS", "P2D" },
            new String[] { "GEN_TRAINING", "برنامج تدريب وتأهيل", "Training programme", "PROGRAMMES", "P5D" },
            new String[] { "GEN_HOME_REPAIR", "ترميم منزل", "Home repair", "SOCIAL_CARE", "P20D" },
            new String[] { "GEN_WAQF_DEED", "استشارة توثيق وقف", "Waqf deed advice", "WAQF_SERVICES", "P15D" },
            new String[] { "GEN_NAZIR_REPORT", "تقرير الناظر السنوي", "Nazir's annual report", "WAQF_SERVICES",
                    "P10D" });

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BusinessCalendar calendar;
    private final CaseworkProperties casework;
    private final ServiceCatalog services;
    private final DepartmentManagement departments;
    private final Clock clock;

    DataGenerator(JdbcTemplate jdbc, TransactionTemplate transaction, BusinessCalendar calendar,
            CaseworkProperties casework, ServiceCatalog services, DepartmentManagement departments, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.calendar = calendar;
        this.casework = casework;
        this.services = services;
        this.departments = departments;
        this.clock = clock;
    }

    record Summary(int beneficiaries, int requests, long rows, double seconds) {
    }

    Summary generate(GeneratorOptions options) {
        long started = System.nanoTime();
        long earlier = generatedBeneficiaries();
        if (earlier > 0 && !options.append()) {
            throw new IllegalStateException("The database already holds " + earlier
                    + " generated beneficiaries; run with --append to add more");
        }
        log.info("Generating {} beneficiaries and {} requests (seed {}, batches of {})", options.beneficiaries(),
                options.requests(), options.seed(), options.batchSize());
        Random random = new Random(options.seed() * 1_000_003L + earlier);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant windowStart = now.atZone(Dates.RIYADH).minusYears(3).toInstant();
        Population population = new Population(options.beneficiaries(), windowStart, now);
        long rows;
        try (ChunkWriter writer = new ChunkWriter(jdbc, transaction)) {
            rows = new BeneficiaryGenerator(writer, random, BeneficiaryGenerator.segmentsIn(jdbc),
                    BeneficiaryGenerator.identifiersOfOthers(jdbc), options.batchSize()).generate(population, earlier);
            if (options.requests() > 0) {
                rows += new RequestGenerator(jdbc, transaction, writer, random, population, catalog(), calendar,
                        casework, windowStart, now, options.batchSize()).generate(options.requests());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info(String.format(Locale.ROOT, "Generated %,d beneficiaries and %,d requests: %,d rows in %.1f s (%,.0f rows/s)",
                options.beneficiaries(), options.requests(), rows, seconds, rows / Math.max(0.001, seconds)));
        return new Summary(options.beneficiaries(), options.requests(), rows, seconds);
    }

    private long generatedBeneficiaries() {
        return jdbc.queryForObject("select count(*) from beneficiary where created_by = ?", Long.class, ACTOR);
    }

    private Catalog catalog() {
        List<Catalog.Service> offered = activeServices();
        if (offered.isEmpty()) {
            writeCatalog();
            offered = activeServices();
        }
        Long defaultDepartment = jdbc.query("select id from department where code = ?",
                (row, n) -> row.getLong(1), casework.defaultDepartment()).stream().findFirst()
                .orElse(offered.get(0).departmentId());
        List<String> staff = jdbc.queryForList("select username from staff_user where enabled = true order by username",
                String.class);
        return new Catalog(offered, defaultDepartment, staff, survey());
    }

    private List<Catalog.Service> activeServices() {
        return transaction.execute(status -> services.active().stream()
                .map(service -> new Catalog.Service(service.getId(), service.getDepartment().getId(),
                        service.getStandardDuration().minutes(), service.getNameAr()))
                .toList());
    }

    private void writeCatalog() {
        List<String> existing = departments.all().stream().map(Department::getCode).toList();
        for (String[] department : DEPARTMENTS) {
            if (!existing.contains(department[0])) {
                departments.create(department[0], department[1], department[2]);
            }
        }
        for (String[] service : SERVICES) {
            if (services.findByCode(service[0]).isEmpty()) {
                services.create(new ServiceDetails(service[0], service[1], service[2], null, null, service[3],
                        service[4], List.of(), List.of(), true, true));
            }
        }
    }

    /** The current version of the general survey every closed request gets, with its scored questions. */
    private Catalog.Survey survey() {
        List<Long> ids = jdbc.queryForList(
                "select id from survey where code = 'general' and retired_at is null order by version_no desc",
                Long.class);
        if (ids.isEmpty()) {
            return null;
        }
        List<Catalog.Question> questions = jdbc.query(
                "select question_key, type from survey_question where survey_id = ? order by position",
                (row, n) -> new Catalog.Question(row.getString(1), row.getString(2)), ids.get(0));
        return new Catalog.Survey(ids.get(0), questions);
    }
}
