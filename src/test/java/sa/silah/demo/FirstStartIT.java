package sa.silah.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.RegistrationStatus;
import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.AssessmentReports;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.NationalId;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.InboxQuery;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.Departments;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.governance.Decision;
import sa.silah.governance.Governance;
import sa.silah.governance.PolicyStatus;
import sa.silah.governance.PolicyVersion;
import sa.silah.inbound.InboundMessages;
import sa.silah.inbound.UnidentifiedContact;
import sa.silah.knowledge.DocumentType;
import sa.silah.knowledge.EntryKind;
import sa.silah.knowledge.ItemKind;
import sa.silah.knowledge.KnowledgeDocument;
import sa.silah.knowledge.KnowledgeEntry;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.SearchQuery;
import sa.silah.letters.Letter;
import sa.silah.letters.LetterDirection;
import sa.silah.letters.LetterQuery;
import sa.silah.letters.LetterRegister;
import sa.silah.privacy.Breach;
import sa.silah.privacy.BreachRegister;
import sa.silah.privacy.BreachStatus;
import sa.silah.privacy.ProcessingActivity;
import sa.silah.privacy.ProcessingRecord;
import sa.silah.satisfaction.Figures;
import sa.silah.satisfaction.ResultsPeriod;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;
import sa.silah.test.RequiresDatabase;
import sa.silah.test.TestDatabase;

/**
 * A first start on an empty database, as a newcomer has it: a random administrator password printed once,
 * and the Arabic demo data.
 */
@ExtendWith({ RequiresDatabase.class, OutputCaptureExtension.class })
@SpringBootTest(properties = { "silah.demo-data=true", "silah.admin-password=",
        "silah.test.database-name=silah_first_start", "silah.knowledge.directory=target/test-knowledge" })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class FirstStartIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Governance governance;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    StaffManagement staff;

    @Autowired
    Departments departments;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ServiceCatalog services;

    @Autowired
    Casework casework;

    @Autowired
    LetterRegister letters;

    @Autowired
    InboundMessages inbound;

    @Autowired
    SatisfactionResults satisfactionResults;

    @Autowired
    KnowledgeLibrary library;

    @Test
    void loadsArabicDemoDataOfPeopleAndOrganisations() {
        assertThat(registry.count()).isGreaterThanOrEqualTo(60);
        assertThat(departments.count()).isGreaterThanOrEqualTo(3);
        assertThat(staff.exists("officer")).isTrue();

        List<Beneficiary> all = registry.search(null, PageRequest.of(0, 100)).getContent();
        assertThat(all).anyMatch(b -> !b.isIndividual()).anyMatch(Beneficiary::isIndividual);
        assertThat(all).filteredOn(Beneficiary::isIndividual)
                .allSatisfy(person -> assertThat(NationalId.isValid(person.getNationalId())).isTrue());
        assertThat(all).flatExtracting(Beneficiary::segmentCodes).contains("ORPHANS", "WIDOWS", "NAZIRS", "NON_PROFITS");
        assertThat(all).extracting(Beneficiary::getFullName).allMatch(name -> name.matches(".*[\\u0621-\\u064A].*"));
    }

    @Test
    void loadsDemoRequestsOfEveryKindInSeveralStates() {
        Caseworker officer = casework.caseworker("officer");
        List<Request> all = casework.inbox(InboxQuery.ofTab(InboxQuery.Tab.ALL), officer, PageRequest.of(0, 50)).getContent();
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all).extracting(Request::getKind).contains(RequestKind.values());
        assertThat(all).extracting(Request::getStatus)
                .contains(RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_BENEFICIARY,
                        RequestStatus.RESOLVED);
        assertThat(all).allSatisfy(request -> assertThat(request.getReferenceNumber()).matches("REQ-14\\d\\d-\\d{6}"));
    }

    @Test
    void loadsDemoLettersBothWaysLinkedToRequests() {
        List<Letter> all = letters.list(new LetterQuery(null, null, null, null), PageRequest.of(0, 20)).getContent();
        assertThat(all).filteredOn(letter -> letter.getDirection() == LetterDirection.INCOMING).hasSize(2)
                .allSatisfy(letter -> assertThat(letter.getNumber()).matches("IN-14\\d\\d-\\d{4}"));
        assertThat(all).filteredOn(letter -> letter.getDirection() == LetterDirection.OUTGOING).hasSize(2)
                .allSatisfy(letter -> assertThat(letter.getNumber()).matches("OUT-14\\d\\d-\\d{4}"));
        assertThat(all).allSatisfy(letter -> {
            assertThat(letter.getBeneficiaryId()).isNotNull();
            assertThat(letter.getRequestReference()).matches("REQ-14\\d\\d-\\d{6}");
        });
        assertThat(all).filteredOn(letter -> "REQUEST_REPLY".equals(letter.getTemplateCode())).singleElement()
                .satisfies(reply -> assertThat(reply.getBody()).contains(reply.getRequestReference())
                        .doesNotContain("{recipient}", "{referenceNumber}", "{serviceName}"));
    }

    @Test
    void answersMostSurveysOfTheDemoRequestsClosedSoThatTheResultsShowFigures() {
        LocalDate today = LocalDate.now(Dates.RIYADH);
        var period = new ResultsPeriod(today, today);
        Figures overall = satisfactionResults.summary(period).overall();
        assertThat(overall.withheld()).isFalse();
        assertThat(overall.responses()).isGreaterThanOrEqualTo(15).isLessThan(overall.invited());
        assertThat(overall.csat()).isBetween(60.0, 95.0);
        var comments = satisfactionResults.comments(new SatisfactionResults.CommentQuery(period, null, null, null),
                PageRequest.of(0, 20)).getContent();
        assertThat(comments).hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(SatisfactionResults.Comment::anonymous)
                .allMatch(comment -> comment.text().matches(".*[\\u0621-\\u064A].*"));
    }

    @Test
    void loadsADemoLibraryOfArabicDocumentsFaqAndCannedAnswersThatTheSearchFinds() {
        List<KnowledgeDocument> all = library.documents(PageRequest.of(0, 10)).getContent();
        assertThat(all).extracting(KnowledgeDocument::getType).containsExactlyInAnyOrder(DocumentType.BYLAWS,
                DocumentType.ANNUAL_PLAN, DocumentType.ANNUAL_REPORT, DocumentType.POLICY);
        assertThat(library.publicDocuments(PageRequest.of(0, 10)).getContent()).extracting(KnowledgeDocument::getType)
                .containsExactlyInAnyOrder(DocumentType.BYLAWS, DocumentType.ANNUAL_REPORT, DocumentType.POLICY);
        assertThat(all).allSatisfy(document -> assertThat(library.versionsOf(document.getId())).singleElement()
                .satisfies(version -> assertThat(version.getPages()).isBetween(2, 5)));
        assertThat(library.publicFaq(PageRequest.of(0, 1)).getTotalElements()).isGreaterThanOrEqualTo(18);
        assertThat(library.entries(EntryKind.CANNED_ANSWER, PageRequest.of(0, 10)).getContent()).hasSizeBetween(3, 4)
                .allSatisfy(canned -> {
                    assertThat(canned.getAnswerAr()).contains("{beneficiaryName}");
                    assertThat(canned.getServiceIds()).isNotEmpty();
                    assertThat(canned.isPublic()).isFalse();
                })
                .extracting(KnowledgeEntry::getAnswerAr).anyMatch(answer -> answer.contains("{dueDate}"));
        // words of the policy's own text, the ta marbuta written as ha
        assertThat(library.search(SearchQuery.everyone("انطباعات ايجابيه"), PageRequest.of(0, 5)).getContent())
                .anySatisfy(hit -> {
                    assertThat(hit.kind()).isEqualTo(ItemKind.DOCUMENT);
                    assertThat(hit.titleAr()).isEqualTo("سياسة تنظيم العلاقة مع المستفيدين");
                    assertThat(hit.page()).isNotNull();
                });
    }

    @Test
    void putsTwoWhatsAppMessagesFromUnknownNumbersInTheQueue() {
        List<UnidentifiedContact> open = inbound.unidentified(true, PageRequest.of(0, 10)).getContent();
        assertThat(open).hasSize(2).allSatisfy(contact -> {
            assertThat(contact.getText()).matches(".*[\\u0621-\\u064A].*");
            assertThat(contact.getSender()).startsWith("+");
        });
    }

    @Test
    void loadsADemoCatalogOfServicesAcrossDepartments() {
        List<ServiceOffering> all = services.list(PageRequest.of(0, 100)).getContent();
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all.stream().map(service -> service.getDepartment().getCode()).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).extracting(ServiceOffering::getNameAr).allMatch(name -> name.matches(".*[\\u0621-\\u064A].*"));
        assertThat(all).anyMatch(ServiceOffering::isPublicService).anyMatch(service -> !service.isActive());
        assertThat(services.findByCode("FOOD_BASKET")).get()
                .satisfies(basket -> assertThat(basket.getEligibleSegments()).contains("LOW_INCOME", "WIDOWS"));
    }

    @Test
    void assessesMostDemoIndividualsSoThatEveryNeedLevelAndTheReassessmentListShow(
            @Autowired AssessmentReports reports, @Autowired NeedAssessments assessments) {
        var all = reports.bySegment().total();
        assertThat(List.of(all.low(), all.medium(), all.high(), all.lapsed(), all.notAssessed()))
                .allSatisfy(count -> assertThat(count).isPositive());
        assertThat(all.low() + all.medium() + all.high() + all.lapsed()).isGreaterThanOrEqualTo(all.total() / 2);
        assertThat(assessments.awaitingVerification(PageRequest.of(0, 10)).getContent()).isNotEmpty()
                .allSatisfy(submitted -> assertThat(submitted.getVia()).isEqualTo(AssessedVia.PORTAL));
        LocalDate today = reports.today();
        var due = reports.dueForReassessment(30, PageRequest.of(0, 50)).getContent();
        assertThat(due).anyMatch(row -> row.overdueOn(today)).anyMatch(row -> !row.overdueOn(today))
                .allSatisfy(row -> assertThat(row.officerName()).isNotBlank());
    }

    @Test
    void publishesDemoActivitiesWithRegistrationsAndAWaitingList(@Autowired ActivityCatalog activities) {
        List<Activity> published = activities.find(ActivityStatus.PUBLISHED, PageRequest.of(0, 10)).getContent();
        assertThat(published).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(activity -> activity.getTitleAr().matches(".*[\\u0621-\\u064A].*"))
                .anyMatch(Activity::isOnline);
        var places = activities.placesOf(published.stream().map(Activity::getId).toList());
        assertThat(places.values()).anyMatch(counts -> counts.getOrDefault(RegistrationStatus.WAITLISTED, 0L) > 0);
        assertThat(places.values().stream().mapToLong(counts -> counts.getOrDefault(RegistrationStatus.REGISTERED, 0L))
                .sum()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void printsARandomAdministratorPasswordOnceThatSignsIn(CapturedOutput output) {
        Matcher printed = Pattern.compile("username: admin\\s+password: (\\S{16})").matcher(output.getAll());
        assertThat(printed.find()).as("the start-up log shows the generated password").isTrue();
        String hash = staff.findByUsername("admin").orElseThrow().getPasswordHash();
        assertThat(passwords.matches(printed.group(1), hash)).isTrue();
        assertThat(printed.find()).as("the password is printed once").isFalse();
    }

    @Test
    void publishesTheSeedPolicyApprovedByTheFiveBoardMembers() throws Exception {
        PolicyVersion published = governance.published("BENEFICIARY_RELATIONS").orElseThrow();
        assertThat(published.getStatus()).isEqualTo(PolicyStatus.PUBLISHED);
        assertThat(published.getTextAr()).contains("تضع الجمعية السياسات والإجراءات");
        assertThat(published.getTextEn()).contains("Preamble");
        assertThat(governance.signatures(published.getId())).hasSize(5)
                .allSatisfy(signature -> assertThat(signature.decision().getDecision()).isEqualTo(Decision.APPROVE))
                .extracting(signature -> signature.member().getFullNameAr())
                .containsExactly("محمد بن ثامر البدراني", "يوسف بن فيتل الحربي", "سلطان حميد الجربوعي",
                        "ناصر ضيف الله العمري", "أنس عبدالرحمن المغامسي");

        mvc.perform(get("/policies")).andExpect(status().isOk())
                .andExpect(content().string(containsString("سياسة تنظيم العلاقة مع المستفيدين")));
        mvc.perform(get("/policies/BENEFICIARY_RELATIONS")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("سياسة تنظيم العلاقة مع المستفيدين"),
                        containsString("محمد بن ثامر البدراني"), containsString("المسؤول المالي"),
                        containsString("موافق"))));
    }

    @Test
    void loadsTheDemoRecordOfProcessingAndAPastBreachNotifiedInTime(@Autowired ProcessingRecord record,
            @Autowired BreachRegister breaches) {
        assertThat(record.all()).hasSize(6).extracting(ProcessingActivity::getNameAr)
                .contains("سجل المستفيدين", "استبيانات رضا المستفيدين", "نماذج الموقع العام");
        assertThat(record.all()).filteredOn(ProcessingActivity::isTransfersAbroad).singleElement()
                .satisfies(activity -> assertThat(activity.getTransferSafeguard()).isNotBlank());
        Breach breach = breaches.page(0, 10).getContent().get(0);
        assertThat(breach.getStatus()).isEqualTo(BreachStatus.CLOSED);
        assertThat(breach.clock(breaches.now()).isNotifiedInTime()).isTrue();
    }
}
