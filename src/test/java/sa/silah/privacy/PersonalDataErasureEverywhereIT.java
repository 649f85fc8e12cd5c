package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.EvidenceFile;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.Gender;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.OrganizationType;
import sa.silah.beneficiary.Relation;
import sa.silah.beneficiary.RepresentativeDetails;
import sa.silah.casework.CallOutcome;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Priority;
import sa.silah.casework.PublicSubmission;
import sa.silah.casework.Request;
import sa.silah.casework.RequestAttachments;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.SocialPlatform;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.eligibility.Eligibility;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.inbound.InboundMessages;
import sa.silah.inbound.WhatsAppMessage;
import sa.silah.knowledge.EntryDetails;
import sa.silah.knowledge.EntryKind;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.Visibility;
import sa.silah.letters.Letter;
import sa.silah.letters.LetterDirection;
import sa.silah.letters.LetterRegister;
import sa.silah.letters.NewLetter;
import sa.silah.reporting.ReportFilter;
import sa.silah.reporting.ReportPeriod;
import sa.silah.reporting.ReportSummary;
import sa.silah.reporting.Reports;
import sa.silah.satisfaction.Figures;
import sa.silah.satisfaction.ResultsPeriod;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.satisfaction.SatisfactionFixture;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * PDPL destruction: after a person is erased, no text column of any table and no stored file holds their name,
 * national ID, mobile (in any form) or email, while the reports give the same figures as before.
 */
@IntegrationTest
class PersonalDataErasureEverywhereIT {

    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    DataSubjectRequests dataRequests;
    @Autowired
    NeedAssessments assessments;
    @Autowired
    Eligibility eligibility;
    @Autowired
    Casework casework;
    @Autowired
    RequestAttachments attachments;
    @Autowired
    LetterRegister letters;
    @Autowired
    InboundMessages inbound;
    @Autowired
    KnowledgeLibrary knowledge;
    @Autowired
    Satisfaction satisfaction;
    @Autowired
    SatisfactionResults satisfactionResults;
    @Autowired
    Reports reports;
    @Autowired
    DepartmentManagement departments;
    @Autowired
    ServiceCatalog services;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Value("${silah.requests.attachment-directory}")
    Path attachmentDirectory;
    @Value("${silah.letters.directory}")
    Path lettersDirectory;
    @Value("${silah.knowledge.directory}")
    Path knowledgeDirectory;
    @Value("${silah.assessment.evidence-directory}")
    Path evidenceDirectory;

    SatisfactionFixture fixture;
    Caseworker officer;

    @BeforeEach
    void departmentOfItsOwn() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
        officer = fixture.caseworker();
    }

    @Test
    void leavesNoPersonalDataOfThePersonAnywhereAndTheSameFigures() throws Exception {
        Beneficiary person = individualWithHousehold();
        String name = person.getFullName();
        String localMobile = "0" + person.getMobile().substring(4);
        Request request = everythingAbout(person, localMobile);
        assessedAtHome(person, localMobile);
        eligibility.change(fixture.serviceCode, new EligibilityCriteria(null, null, null, null, null, null,
                List.of("مدينة لا يسكنها أحد"), null), "admin");
        eligibility.recordOverride(person.getId(), fixture.serviceCode, "officer", "استثناء لـ" + name + " في "
                + localMobile, request.getReferenceNumber());
        String handle = "@h" + Long.toString(System.nanoTime(), 36);
        casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(Channel.SOCIAL_MEDIA,
                InteractionType.SOCIAL_MEDIA_MESSAGE, Direction.INBOUND, "تغريدة من " + name, false, SocialPlatform.X,
                handle, "https://x.com/" + handle.substring(1) + "/status/1", null, null, null), officer);
        Set<String> terms = new LinkedHashSet<>(person.identifiers().searchTerms());
        terms.addAll(person.identifiers().normalized().searchTerms());
        terms.add(handle);
        List<String> files = filesOf(person.getId());
        awaitEveryListener();
        Figures satisfactionBefore = satisfactionToday();
        ReportSummary reportBefore = reportOfTheDepartment();
        assertThat(leftovers(terms)).as("where the person's data is found before the erasure")
                .extracting(found -> found.substring(0, found.indexOf('.')).toLowerCase(Locale.ROOT))
                .contains("beneficiary", "household_member", "request", "request_history", "interaction",
                        "attachment", "letter", "notification", "survey_answer", "unidentified_contact",
                        "portal_account", "otp_challenge", "audit_entry", "event_publication", "knowledge_entry",
                        "knowledge_passage", "assessment", "eligibility_override", "assessment_evidence");

        DataSubjectRequest copy = handedOverCopy(person);
        assertThat(dataRequests.copyForOfficer(copy.getReference(), "officer")).isPresent();

        DataSubjectRequest destruction = dataRequests.openFromPortal(person.getId(), DataSubjectRight.DESTROY,
                "احذفوا كل بياناتي، رقمي " + localMobile, "beneficiary:" + person.getId());
        assertThat(dataRequests.complete(destruction.getReference(), null, "officer").getStatus())
                .isEqualTo(DataSubjectRequestStatus.COMPLETED);
        awaitEveryListener();

        assertThat(registry.find(person.getId()).orElseThrow().isAnonymised()).isTrue();
        assertThat(leftovers(terms)).isEmpty();
        assertThat(dataRequests.copyForOfficer(copy.getReference(), "officer")).as("the copy handed over").isEmpty();
        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(storedFile(file)).doesNotExist());
        assertThat(filesNaming(name)).isEmpty();
        assertThat(reportOfTheDepartment()).isEqualTo(reportBefore);
        assertThat(satisfactionToday()).isEqualTo(satisfactionBefore);
    }

    @Test
    void forgetsTheRepresentativesOfAnOrganisationAndWhatTheySentFromThePublicSite() throws Exception {
        Beneficiary organisation = registry.register(new BeneficiaryDetails(BeneficiaryType.ORGANIZATION,
                "جمعية " + TestData.uniqueWord(), null, null, null, null, null, "جدة", OrganizationType.NON_PROFIT,
                "R-" + System.nanoTime() % 100000000, "مدير " + TestData.uniqueWord(), TestData.mobile(),
                "org" + System.nanoTime() + "@example.org", null, List.of()));
        String delegateMobile = TestData.mobile();
        registry.addRepresentative(organisation.getId(), new RepresentativeDetails("مندوب " + TestData.uniqueWord(),
                "مدير تنفيذي", delegateMobile, "rep" + System.nanoTime() + "@example.org"));
        Beneficiary withDelegate = registry.open(organisation.getId());
        String delegate = withDelegate.getRepresentatives().get(0).getFullName();
        casework.submitFromWebsite(new PublicSubmission(RequestKind.SUGGESTION, null, "اقتراح من " + delegate,
                "أنا " + delegate + " وجوالي " + delegateMobile, delegate, delegateMobile, null, false));
        Set<String> terms = new LinkedHashSet<>(withDelegate.identifiers().searchTerms());
        terms.addAll(withDelegate.identifiers().normalized().searchTerms());
        awaitEveryListener();
        assertThat(leftovers(terms)).isNotEmpty();

        erasure.erase(organisation.getId());

        assertThat(leftovers(terms)).isEmpty();
    }

    private Beneficiary individualWithHousehold() {
        Beneficiary person = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "هيا " + TestData.uniqueWord() + " " + TestData.uniqueWord(), "Haya " + UUID.randomUUID(),
                TestData.nationalId('1'), Gender.FEMALE, LocalDate.of(1985, 3, 1), "SA", "الرياض", null, null, null,
                TestData.mobile(), "haya" + System.nanoTime() + "@example.sa", null, List.of()));
        registry.addHouseholdMember(person.getId(), new HouseholdMemberDetails("سارة " + TestData.uniqueWord(),
                Relation.DAUGHTER, LocalDate.of(2015, 1, 1), TestData.nationalId('1'), true));
        return registry.open(person.getId());
    }

    /**
     * Requests on several channels with calls, messages and notes that name the person and an attachment, a request
     * from the public site, a letter with its scan, messages sent, a rated survey with a comment, a portal account, a
     * WhatsApp message, another person's request that names them, and the audit entries all of it leaves.
     */
    private Request everythingAbout(Beneficiary person, String localMobile) throws IOException {
        String name = person.getFullName();
        Request request = casework.submit(new NewRequest(person.getId(), RequestKind.SERVICE, Channel.PHONE,
                fixture.serviceCode, "طلب " + name, "تتصل من " + localMobile + " وبريدها " + person.getEmail(),
                Priority.NORMAL, null, null, null, null), officer);
        casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.INBOUND, "اتصلت " + name, false, null, null, null, localMobile, 95,
                CallOutcome.ANSWERED), officer);
        casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(null, InteractionType.NOTE,
                Direction.INBOUND, "ملاحظة داخلية: الهوية " + person.getNationalId(), true), officer);
        attachments.attach(request.getReferenceNumber(), "هوية " + name + ".pdf",
                new ByteArrayInputStream(pdfNaming(name)), officer);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, officer);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.AWAITING_BENEFICIARY,
                "نرجو من " + name + " إرسال صورة الهوية", officer);

        Request inquiry = casework.submit(new NewRequest(person.getId(), RequestKind.INQUIRY, Channel.INTERVIEW,
                fixture.serviceCode, "استفسار", "سألت " + name + " عن موعد الصرف", Priority.NORMAL, null, null, null,
                null), officer);
        casework.changeStatus(inquiry.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, officer);
        casework.changeStatus(inquiry.getReferenceNumber(), RequestStatus.RESOLVED, "أجيبت " + name, officer);
        fixture.answer(fixture.request(person.getId()), Map.of("overall", "2", "resolved", "0", "comment",
                "أنا " + name + " وما زلت أنتظر، جوالي " + localMobile));

        casework.submitFromWebsite(new PublicSubmission(RequestKind.COMPLAINT, null, "شكوى", "أنا " + name
                + " أشتكي من التأخير", name, person.getMobile(), person.getEmail(), false));
        casework.submitFromWebsite(new PublicSubmission(RequestKind.SUGGESTION, null, "اقتراح", "اقتراح من جوال آخر",
                name, TestData.mobile(), person.getEmail(), false));

        Letter letter = letters.register(new NewLetter(LetterDirection.INCOMING, LocalDate.now(Dates.RIYADH), name,
                "خطاب من " + name, "المرسلة " + name + " هويتها " + person.getNationalId(), "ar", null,
                person.getId(), request.getReferenceNumber()), fixture.officer);
        letters.attachScan(letter.getNumber(), new ByteArrayInputStream(pdfNaming(name)), fixture.officer);

        letters.register(new NewLetter(LetterDirection.OUTGOING, LocalDate.now(Dates.RIYADH), "جهة أخرى",
                "بخصوص " + name, "نفيدكم بأن الطلب قيد الدراسة.", "ar", null, null, null), fixture.officer);
        knowledge.write(new EntryDetails(EntryKind.CANNED_ANSWER, "حالة " + name, "A case", "نرد على " + name
                + " بأن الصرف شهري", "Monthly", null, Visibility.INTERNAL, "admin", LocalDate.now().plusMonths(6),
                Set.of(), Set.of()), fixture.officer);

        inbound.receive(new WhatsAppMessage("wamid." + UUID.randomUUID(), person.getMobile().substring(1), name,
                "السلام عليكم أنا " + name, Instant.now()));
        inbound.receive(new WhatsAppMessage("wamid." + UUID.randomUUID(), TestData.mobile().substring(1),
                "أخو " + name, "أكتب عن أختي " + name, Instant.now()));

        Request another = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.COMPLAINT, Channel.PHONE,
                fixture.serviceCode, "شكوى من جارة", "يشتكي من " + name + " (" + person.getEmail() + ")",
                Priority.NORMAL, null, null, null, null), officer);
        casework.recordInteraction(another.getReferenceNumber(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.OUTBOUND, "ذكر أن " + name + " جارته", false), officer);

        jdbc.sql("insert into portal_account (beneficiary_id, mobile, sessions_valid_after, created_at, version)"
                + " values (:id, :mobile, :now, :now, 0)").param("id", person.getId())
                .param("mobile", person.getMobile()).param("now", java.sql.Timestamp.from(Instant.now())).update();
        jdbc.sql("""
                insert into otp_challenge (id, purpose, mobile, beneficiary_id, client_key, salt, code_hash,
                    created_at, expires_at, attempts, version)
                values (:id, 'SIGN_IN', :mobile, :beneficiary, 'client', 'salt', 'hash', :now, :now, 0, 0)""")
                .param("id", UUID.randomUUID()).param("mobile", person.getMobile())
                .param("beneficiary", person.getId()).param("now", java.sql.Timestamp.from(Instant.now())).update();
        return request;
    }

    /** Every text column of every table of the application, with the values found there that name the person. */
    private List<String> leftovers(Set<String> terms) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String[] column : textColumns()) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            for (String term : terms) {
                conditions.add("lower(\"" + column[1] + "\") like ?");
                parameters.add("%" + term.toLowerCase(Locale.ROOT) + "%");
            }
            jdbc.sql("select \"" + column[1] + "\" from \"" + column[0] + "\" where " + String.join(" or ", conditions))
                    .params(parameters).query(String.class).list()
                    .forEach(value -> found.add(column[0] + "." + column[1] + ": " + value));
        }
        return found;
    }

    private List<String[]> textColumns() throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            Set<String> tables = new LinkedHashSet<>();
            try (ResultSet rows = metaData.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            try (ResultSet rows = metaData.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    if (tables.contains(rows.getString("TABLE_NAME"))
                            && isText(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"))) {
                        columns.add(new String[] { rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME") });
                    }
                }
            }
        }
        assertThat(columns).as("text columns of the application's schema").hasSizeGreaterThan(100);
        return columns;
    }

    private static boolean isText(int type, String typeName) {
        return switch (type) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> true;
            default -> typeName.toLowerCase(Locale.ROOT).contains("json")
                    || typeName.toLowerCase(Locale.ROOT).contains("text");
        };
    }

    private List<String> filesOf(UUID personId) {
        List<String> files = new ArrayList<>(jdbc.sql("""
                select 'a:' || a.stored_name from attachment a join request r on r.id = a.request_id
                where r.beneficiary_id = :id""").param("id", personId).query(String.class).list());
        files.addAll(jdbc.sql("select 'l:' || scan_stored_name from letter where beneficiary_id = :id"
                + " and scan_stored_name is not null").param("id", personId).query(String.class).list());
        files.addAll(jdbc.sql("""
                select 'e:' || e.stored_name from assessment_evidence e join assessment a on a.id = e.assessment_id
                where a.beneficiary_id = :id""").param("id", personId).query(String.class).list());
        return files;
    }

    private Path storedFile(String file) {
        Path directory = switch (file.charAt(0)) {
            case 'a' -> attachmentDirectory;
            case 'e' -> evidenceDirectory;
            default -> lettersDirectory;
        };
        return directory.resolve(file.substring(2));
    }

    /** The stored files, of every store, whose bytes hold the name. */
    private List<Path> filesNaming(String name) throws IOException {
        byte[] needle = name.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        for (Path directory : List.of(attachmentDirectory, lettersDirectory, knowledgeDirectory, evidenceDirectory)) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (contains(Files.readAllBytes(file), needle)) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int index = 0; index < needle.length; index++) {
                if (haystack[start + index] != needle[index]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] pdfNaming(String name) {
        return ("%PDF-1.7\n% " + name + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private ReportSummary reportOfTheDepartment() {
        LocalDate today = LocalDate.now(Dates.RIYADH);
        return reports.summary(ReportPeriod.custom(today.minusDays(1).toString(), today.toString()),
                new ReportFilter(fixture.department.getId(), null, null, null, null));
    }

    private Figures satisfactionToday() {
        LocalDate today = LocalDate.now(Dates.RIYADH);
        return satisfactionResults.summary(new ResultsPeriod(today, today)).overall();
    }

    /**
     * An officer visited the person, noted, as officers do, whom they met and how to reach them, and scanned their
     * salary certificate.
     */
    private void assessedAtHome(Beneficiary person, String localMobile) {
        registry.recordConsent(person.getId(), ConsentPurpose.SENSITIVE_DATA, Channel.INTERVIEW);
        assessments.assess(person.getId(), NeedAssessments.GENERAL_FORM, Map.of("income_salary", "2000",
                "income_social_security", "0", "income_other", "0", "housing_type", "apartment", "housing_ownership",
                "rented", "employment", "employed", "disability", "yes", "notes",
                "قابلت " + person.getFullName() + " في منزلها، جوالها " + localMobile), AssessedVia.HOME_VISIT, "officer",
                Map.of("income_salary", new EvidenceFile("راتب " + person.getFullName() + ".pdf",
                        new ByteArrayInputStream(pdfNaming(person.getFullName())))));
    }

    /** The person first asked for a copy of their data, which Silah keeps for them to download. */
    private DataSubjectRequest handedOverCopy(Beneficiary person) {
        DataSubjectRequest copy = dataRequests.open(person.getId(), DataSubjectRight.COPY,
                "نسخة لـ " + person.getFullName(), Channel.INTERVIEW, "officer");
        dataRequests.verifyIdentity(copy.getReference(), IdentityVerification.NATIONAL_ID_SEEN, null, "officer");
        return dataRequests.complete(copy.getReference(), null, "officer");
    }

    private void awaitEveryListener() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }
}
