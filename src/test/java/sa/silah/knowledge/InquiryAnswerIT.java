package sa.silah.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Direction;
import sa.silah.casework.Interaction;
import sa.silah.casework.Request;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.notification.Notification;
import sa.silah.notification.NotificationChannel;
import sa.silah.notification.Notifier;
import sa.silah.notification.TemplateKey;
import sa.silah.shared.Dates;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * An officer answers an inquiry with the FAQ entry its text suggests: the edited reply is recorded as the entry's
 * use, put on the request's timeline and queued once to the beneficiary on their channel in their language; the
 * report counts the entry and lists the inquiries nothing answered.
 */
@IntegrationTest
class InquiryAnswerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    InquiryAnswers answers;

    @Autowired
    KnowledgeReport report;

    @Autowired
    KnowledgeLibrary library;

    @Autowired
    Casework casework;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    StaffManagement staff;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    Notifier notifier;

    @Autowired
    JdbcTemplate jdbc;

    InquiryFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new InquiryFixture(library, casework, registry, staff);
    }

    @Test
    void anInquirysTextSuggestsTheFaqThatAnswersIt() {
        Request inquiry = fixture.inquiryAboutTheSupport();

        List<SearchHit> suggestions = answers.suggestionsFor(inquiry);

        assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(InquiryAnswers.SUGGESTIONS);
        assertThat(suggestions.get(0).kind()).isEqualTo(ItemKind.FAQ);
        assertThat(suggestions.get(0).itemId()).isEqualTo(fixture.faq.getId());
        assertThat(suggestions).extracting(KnowledgeItem::of).doesNotHaveDuplicates();
    }

    @Test
    void theOfficerInsertsTheFaqEditsItAndSendsItOnTheBeneficiarysChannel() throws Exception {
        Request inquiry = fixture.inquiryAboutTheSupport();
        String ref = inquiry.getReferenceNumber();
        String use = "FAQ:" + fixture.faq.getId();

        mvc.perform(get("/requests/" + ref + "/knowledge").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("knowledge-insert-0")))
                .andExpect(content().string(containsString("use=" + use)))
                .andExpect(content().string(containsString("<mark>" + fixture.marker + "</mark>")));
        // the English answer, for a beneficiary who reads English, with their name filled in
        mvc.perform(get("/requests/" + ref + "/knowledge").param("use", use)
                        .with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixture.filledAnswer())));

        String reply = fixture.filledAnswer() + " Your file is complete.";
        mvc.perform(post("/requests/" + ref + "/knowledge/replies").param("use", use).param("reply", reply)
                        .with(user(fixture.officer).roles("OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/requests/" + ref))
                .andExpect(flash().attribute("message", "knowledge.answer.sent"));

        assertThat(jdbc.queryForList("select entry_id from knowledge_use where request_ref = ?", Long.class, ref))
                .containsExactly(fixture.faq.getId());
        await().atMost(Duration.ofSeconds(20)).until(() -> answersTo(ref).size() == 1);
        assertThat(answersTo(ref)).singleElement().satisfies(message -> {
            assertThat(message.getChannel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(message.getRecipient()).isEqualTo(fixture.email);
            assertThat(message.getLanguage()).isEqualTo("en");
            assertThat(message.getBody()).contains(reply).contains(ref);
        });
        assertThat(casework.timelineOf(casework.find(ref, casework.caseworker(fixture.officer)), PageRequest.of(0, 20))
                .getContent()).filteredOn(contact -> contact.getDirection() == Direction.OUTBOUND)
                .extracting(Interaction::getSummary).containsExactly(reply);
        assertThatThrownBy(() -> library.remove(fixture.faq.getId()))
                .as("an entry that answered a request keeps the record of what the beneficiary was told")
                .isInstanceOfSatisfying(InvalidFieldsException.class, kept -> assertThat(kept.problems())
                        .containsExactly(new FieldProblem("id", "knowledge.entry.used")));
    }

    @Test
    void onlyInquiriesAreAnsweredAndAnEmptyReplyIsRefused() throws Exception {
        Request inquiry = fixture.inquiryAboutTheSupport();
        String ref = inquiry.getReferenceNumber();

        mvc.perform(post("/requests/" + ref + "/knowledge/replies").param("use", "FAQ:" + fixture.faq.getId())
                        .param("reply", " ").with(user(fixture.officer).roles("OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/requests/" + ref))
                .andExpect(flash().attributeExists("problems"));

        assertThat(jdbc.queryForObject("select count(*) from knowledge_use where request_ref = ?", Long.class, ref))
                .isZero();
    }

    @Test
    void staffWithoutRightsToTheRequestCannotAnswerIt() throws Exception {
        Request inquiry = fixture.inquiryAboutTheSupport();
        String ref = inquiry.getReferenceNumber();
        Department department = departments.create("KA_" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                "إدارة " + fixture.marker, "Department " + fixture.marker);
        String outsider = "outsider-" + Long.toString(System.nanoTime(), 36);
        staff.create(new StaffAccount(outsider, "موظف " + fixture.marker, null, department.getId(), Set.of(Role.STAFF)),
                TestAccounts.PASSWORD);

        mvc.perform(get("/requests/" + ref + "/knowledge").with(user(outsider).roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/requests/" + ref + "/knowledge/replies").param("use", "FAQ:" + fixture.faq.getId())
                        .param("reply", "x").with(user(outsider).roles("STAFF")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> answers.answer(ref, new KnowledgeItem(ItemKind.FAQ, fixture.faq.getId(), null),
                "x", casework.caseworker(outsider))).isInstanceOf(RecordNotFoundException.class);
        mvc.perform(get("/requests/NO-SUCH-REF/knowledge").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from knowledge_use where request_ref = ?", Long.class, ref))
                .isZero();
    }

    @Test
    void theReportCountsTheUsedFaqAndListsTheInquiryNothingAnswered() throws Exception {
        Request answered = fixture.inquiryAboutTheSupport();
        Request unanswered = fixture.inquiry("سؤال عن التطوع " + fixture.marker, "كيف أتطوع في الجمعية؟");
        answers.answer(answered.getReferenceNumber(), new KnowledgeItem(ItemKind.FAQ, fixture.faq.getId(), null),
                fixture.filledAnswer(), casework.caseworker(fixture.officer));
        LocalDate today = LocalDate.now(Dates.RIYADH);
        KnowledgeReport.Period period = new KnowledgeReport.Period(today.minusDays(1), today);

        assertThat(report.mostUsed(period, PageRequest.of(0, 100)).getContent())
                .filteredOn(item -> item.itemId() == fixture.faq.getId() && item.kind() == ItemKind.FAQ)
                .singleElement().satisfies(item -> assertThat(item.uses()).isEqualTo(1));
        assertThat(report.unanswered(period, PageRequest.of(0, 20)).getContent())
                .extracting(KnowledgeReport.UnansweredInquiry::referenceNumber)
                .contains(unanswered.getReferenceNumber()).doesNotContain(answered.getReferenceNumber());

        mvc.perform(get("/knowledge/report").param("from", today.minusDays(1).toString())
                        .param("to", today.toString()).with(user(TestAccounts.ensure(staff, Role.MANAGER)).roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixture.faq.getQuestionAr())))
                .andExpect(content().string(containsString(unanswered.getReferenceNumber())))
                .andExpect(content().string(not(containsString(">" + answered.getReferenceNumber() + "<"))));
        mvc.perform(get("/knowledge/report").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReportIsExportedWithBothTablesForItsPeriodToManagersOnly() throws Exception {
        Request answered = fixture.inquiryAboutTheSupport();
        Request unanswered = fixture.inquiry("سؤال عن التطوع " + fixture.marker, "كيف أتطوع في الجمعية؟");
        answers.answer(answered.getReferenceNumber(), new KnowledgeItem(ItemKind.FAQ, fixture.faq.getId(), null),
                fixture.filledAnswer(), casework.caseworker(fixture.officer));
        LocalDate today = LocalDate.now(Dates.RIYADH);
        String manager = TestAccounts.ensure(staff, Role.MANAGER);

        MvcResult started = mvc.perform(get("/knowledge/report/export.csv").param("from", today.minusDays(1).toString())
                        .param("to", today.toString()).with(user(manager).roles("MANAGER")))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFأكثر الإجابات استخدامًا\r\n").contains(fixture.faq.getQuestionAr(),
                "\r\n\r\n", unanswered.getReferenceNumber() + ",سؤال عن التطوع " + fixture.marker + ",")
                .doesNotContain(answered.getReferenceNumber() + ",");
        mvc.perform(get("/knowledge/report/export.csv").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/knowledge/report/export.xlsx").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    private List<Notification> answersTo(String ref) {
        return notifier.ofRequest(ref, PageRequest.of(0, 50)).getContent().stream()
                .filter(message -> message.getTemplateKey() == TemplateKey.INQUIRY_ANSWER).toList();
    }
}
