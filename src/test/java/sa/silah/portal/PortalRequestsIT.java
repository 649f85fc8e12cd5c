package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.BeneficiaryRequest;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Direction;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.Request;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.UploadedFile;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

@IntegrationTest
class PortalRequestsIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Casework casework;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    String suffix;
    String publicService;
    String otherPublicService;
    String staffOnlyService;
    String officer;
    String departmentStaff;
    UUID me;
    UUID someoneElse;

    @BeforeEach
    void catalogAndBeneficiaries() {
        suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department created = departments.create("PR_" + suffix, "إدارة البوابة " + suffix, "Portal " + suffix);
        String department = created.getCode();
        publicService = services.create(new ServiceDetails("PRS_" + suffix, "سلة غذائية " + suffix, "Food basket " + suffix,
                null, null, department, "P2D", List.of(new RequiredDocument("صورة الهوية الوطنية", "National ID copy"),
                        new RequiredDocument("صك الإعالة", "Proof of dependants")), List.of(), true, true)).getCode();
        otherPublicService = services.create(new ServiceDetails("PRO_" + suffix, "كفالة يتيم " + suffix, "Orphan care " + suffix,
                null, null, department, "P5D", List.of(), List.of(), true, true)).getCode();
        staffOnlyService = services.create(new ServiceDetails("PRI_" + suffix, "خدمة داخلية " + suffix, "Internal " + suffix,
                null, null, department, "P1D", List.of(), List.of(), true, false)).getCode();
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        departmentStaff = "portal-staff-" + suffix.toLowerCase();
        staff.create(new StaffAccount(departmentStaff, "موظف البوابة", null,
                created.getId(), Set.of(Role.STAFF)), TestAccounts.PASSWORD);
        me = beneficiary("سارة بنت فهد ");
        someoneElse = beneficiary("نورة بنت سعد ");
    }

    // --- My requests ---

    @Test
    void listsOnlyMyRequestsNewestFirstWithStatusInWordsAndBothDates() throws Exception {
        String older = submit(me, publicService, "الطلب الأقدم");
        String newer = submit(me, otherPublicService, "الطلب الأحدث");
        String theirs = submit(someoneElse, publicService, "طلب مستفيد آخر");

        String page = mvc.perform(get("/portal/requests").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("استلمنا طلبك وسنبدأ العمل عليه قريباً")))
                .andExpect(content().string(containsString("سلة غذائية " + suffix)))
                .andExpect(content().string(containsString("هـ")))
                .andExpect(content().string(not(containsString(theirs))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(newer)).as("newest first").isLessThan(page.indexOf(older)).isPositive();
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        String ref = submit(me, publicService, "طلب");

        mvc.perform(get("/portal/requests/" + ref).param("lang", "en").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("We received your request and will start on it soon")))
                .andExpect(content().string(containsString("Food basket " + suffix)));
    }

    @Test
    void pagesTenRequestsAtATime() throws Exception {
        for (int i = 0; i < 11; i++) {
            submit(me, publicService, "طلب رقم " + i);
        }
        mvc.perform(get("/portal/requests").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("طلب رقم 10")))
                .andExpect(content().string(not(containsString("طلب رقم 0<"))))
                .andExpect(content().string(containsString("href=\"/portal/requests?page=1\"")));
        mvc.perform(get("/portal/requests").param("page", "1").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("طلب رقم 0<")))
                .andExpect(content().string(not(containsString("طلب رقم 10"))));
    }

    @Test
    void theListTakesAsManyQueriesWhateverServicesItsRowsName() throws Exception {
        // Full first pages on both sides, so that both count their rows: only the services the rows name differ.
        List<String> threeServices = List.of(publicService, otherPublicService, staffOnlyService);
        for (int i = 0; i < 11; i++) {
            submit(me, publicService, "طلب " + i);
            casework.submit(new sa.silah.casework.NewRequest(someoneElse, sa.silah.casework.RequestKind.SERVICE,
                    Channel.PHONE, threeServices.get(i % 3), "طلب " + i, null, null, null, null, null, null),
                    casework.caseworker(officer));
        }
        QueryCount.reset();
        mvc.perform(get("/portal/requests").with(as(me))).andExpect(status().isOk());
        long oneService = QueryCount.statements();
        QueryCount.reset();
        mvc.perform(get("/portal/requests").with(as(someoneElse))).andExpect(status().isOk());
        long threeServicesRows = QueryCount.statements();

        assertThat(threeServicesRows).isEqualTo(oneService).isLessThanOrEqualTo(6);
    }

    @Test
    void asksAnonymousVisitorsToSignInAndRefusesStaff() throws Exception {
        mvc.perform(get("/portal/requests")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/requests").with(user(officer).roles("OFFICER"))).andExpect(status().isForbidden());
    }

    // --- One request ---

    @Test
    void showsThePublicTimelineButNoInternalNoteAssignmentOrStaffName() throws Exception {
        String ref = submit(me, publicService, "طلب بمستندات");
        Caseworker caseworker = casework.caseworker(officer);
        casework.recordInteraction(ref, new NewInteraction(Channel.PHONE, null, Direction.OUTBOUND,
                "اتصلنا بك وشرحنا المطلوب", false), caseworker);
        casework.recordInteraction(ref, new NewInteraction(Channel.PHONE, null, Direction.OUTBOUND,
                "ملاحظة داخلية سرية", true), caseworker);
        casework.assign(ref, departmentStaff, caseworker);
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, caseworker);
        casework.changeStatus(ref, RequestStatus.AWAITING_BENEFICIARY, "نحتاج صورة الهوية الوطنية", caseworker);

        mvc.perform(get("/portal/requests/" + ref).with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("ننتظر منك مستندات أو معلومات")))
                .andExpect(content().string(containsString("نحتاج صورة الهوية الوطنية")))
                .andExpect(content().string(containsString("اتصلنا بك وشرحنا المطلوب")))
                .andExpect(content().string(containsString("رسالة من الجمعية")))
                .andExpect(content().string(containsString("أرسل المستندات المطلوبة")))
                .andExpect(content().string(not(containsString("ملاحظة داخلية سرية"))))
                .andExpect(content().string(not(containsString(departmentStaff))))
                .andExpect(content().string(not(containsString(">" + officer + "<"))));
    }

    @Test
    void documentsAskedForReturnTheRequestToWorkAndRestartTheClock() throws Exception {
        String ref = awaitingMe();
        assertThat(jdbc.queryForObject("select paused_since from request where reference_number = ?", Object.class, ref))
                .as("the clock stands still while awaiting").isNotNull();

        mvc.perform(multipart("/portal/requests/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "هوية.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("file", "صك.pdf", "application/pdf", PDF))
                        .with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "portal.documents.saved"));

        Request request = casework.ownedBy(ref, me).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.getPausedSince()).as("the clock runs again").isNull();
        assertThat(lastStepOf(request).getActor()).isEqualTo(Request.BENEFICIARY);
        assertThat(casework.documentsOf(ref, me)).extracting(d -> d.getFileName(), d -> d.getUploadedBy())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("هوية.pdf", Request.BENEFICIARY),
                        org.assertj.core.groups.Tuple.tuple("صك.pdf", Request.BENEFICIARY));
    }

    @Test
    void aRefusedDocumentKeepsTheRequestWaitingAndStoresNothing() throws Exception {
        String ref = awaitingMe();

        mvc.perform(multipart("/portal/requests/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "good.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("file", "page.pdf", "application/pdf", HTML))
                        .with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(multipart("/portal/requests/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("اختر ملفًا لإرفاقه")));

        assertThat(casework.ownedBy(ref, me).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_BENEFICIARY);
        assertThat(casework.documentsOf(ref, me)).isEmpty();
    }

    @Test
    void takesDocumentsOnlyWhileTheRequestAwaitsThem() throws Exception {
        String ref = submit(me, publicService, "طلب لم يطلب مستندات");

        mvc.perform(multipart("/portal/requests/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "هوية.pdf", "application/pdf", PDF))
                        .with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لا ينتظر هذا الطلب مستندات منك الآن")));

        assertThat(casework.ownedBy(ref, me).orElseThrow().getStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(casework.documentsOf(ref, me)).isEmpty();
    }

    @Test
    void downloadsMyDocument() throws Exception {
        String ref = submitWithDocument(me);
        UUID document = casework.documentsOf(ref, me).get(0).getId();

        mvc.perform(get("/portal/requests/" + ref + "/documents/" + document).with(as(me)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aReplyGoesOnTheTimelineStaffRead() throws Exception {
        String ref = submit(me, publicService, "طلب فيه سؤال");

        mvc.perform(post("/portal/requests/" + ref + "/replies").param("message", "متى أراجعكم؟")
                        .with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "portal.reply.saved"));

        assertThat(jdbc.queryForObject("""
                select count(*) from interaction i join request r on r.id = i.request_id
                where r.reference_number = ? and i.summary = 'متى أراجعكم؟' and i.direction = 'INBOUND'
                and i.channel = 'WEBSITE' and i.internal = false and i.actor = 'beneficiary'""", Integer.class, ref))
                .isEqualTo(1);
        mvc.perform(get("/requests/" + ref).with(user(officer).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("متى أراجعكم؟")));
        mvc.perform(get("/portal/requests/" + ref).with(as(me)))
                .andExpect(content().string(containsString("متى أراجعكم؟")));
    }

    @Test
    void anEmptyOrTooLongReplyIsRefusedAndTheTextKept() throws Exception {
        String ref = submit(me, publicService, "طلب");
        String tooLong = "س".repeat(4001);

        mvc.perform(post("/portal/requests/" + ref + "/replies").param("message", "  ").with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("اكتب رسالتك")));
        mvc.perform(post("/portal/requests/" + ref + "/replies").param("message", tooLong).with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("اكتب رسالتك")))
                .andExpect(content().string(containsString(tooLong)));
    }

    @Test
    void cancelsMyOpenRequestWithAReasonOnly() throws Exception {
        String ref = submit(me, publicService, "طلب سألغيه");

        mvc.perform(post("/portal/requests/" + ref + "/cancellation").param("reason", " ").with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(casework.ownedBy(ref, me).orElseThrow().getStatus()).isEqualTo(RequestStatus.SUBMITTED);

        mvc.perform(post("/portal/requests/" + ref + "/cancellation").param("reason", "قُضيت حاجتي")
                        .with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "portal.cancel.saved"));
        Request cancelled = casework.ownedBy(ref, me).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(cancelled.getClosingNote()).isEqualTo("قُضيت حاجتي");
        assertThat(lastStepOf(cancelled).getActor()).isEqualTo(Request.BENEFICIARY);

        mvc.perform(post("/portal/requests/" + ref + "/cancellation").param("reason", "مرة أخرى")
                        .with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")))
                .andExpect(content().string(not(containsString("أؤكد إلغاء الطلب"))));
        assertThat(casework.ownedBy(ref, me).orElseThrow().getHistory()).hasSize(cancelled.getHistory().size());
    }

    // --- A new request ---

    @Test
    void theNewRequestFormListsPublicServicesWithTheirRequiredDocuments() throws Exception {
        mvc.perform(get("/portal/requests/new").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("سلة غذائية " + suffix)))
                .andExpect(content().string(containsString("صورة الهوية الوطنية")))
                .andExpect(content().string(containsString("صك الإعالة")))
                .andExpect(content().string(containsString("يوما عمل")))
                .andExpect(content().string(not(containsString("خدمة داخلية " + suffix))));
    }

    @Test
    void submitsANewRequestOnTheWebsiteAndShowsItsReferenceAndExpectedDate() throws Exception {
        String location = mvc.perform(multipart("/portal/requests/new")
                        .file(new MockMultipartFile("file", "هوية.pdf", "application/pdf", PDF))
                        .param("serviceCode", publicService).param("subject", "أحتاج سلة غذائية")
                        .param("description", "أسرة من خمسة أفراد").with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/portal/requests/REQ-*"))
                .andReturn().getResponse().getRedirectedUrl();
        String ref = location.substring(location.lastIndexOf('/') + 1);

        Request request = casework.ownedBy(ref, me).orElseThrow();
        assertThat(request.getChannel()).isEqualTo(Channel.WEBSITE);
        assertThat(request.getSubmittedBy()).isEqualTo(Request.BENEFICIARY);
        assertThat(request.getDescription()).isEqualTo("أسرة من خمسة أفراد");
        assertThat(casework.documentsOf(ref, me)).singleElement()
                .satisfies(document -> assertThat(document.getFileName()).isEqualTo("هوية.pdf"));
        mvc.perform(get(location).with(as(me)).flashAttr("submitted", true))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("استلمنا طلبك. احتفظ برقم الطلب لمتابعته.")))
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("هـ")));
    }

    @Test
    void aNewRequestWithProblemsComesBackWithEverythingTyped() throws Exception {
        int before = requestsOf(me);

        mvc.perform(multipart("/portal/requests/new").param("serviceCode", publicService).param("subject", " ")
                        .param("description", "وصف لا يضيع").with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("subject-error")))
                .andExpect(content().string(containsString("وصف لا يضيع")))
                .andExpect(content().string(matchesPattern("(?s).*value=\"" + publicService
                        + "\" id=\"serviceCode\\d+\" name=\"serviceCode\" checked=\"checked\".*")));
        mvc.perform(multipart("/portal/requests/new").param("serviceCode", staffOnlyService).param("subject", "موضوع محفوظ")
                        .with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("serviceCode-error")))
                .andExpect(content().string(containsString("موضوع محفوظ")));
        mvc.perform(multipart("/portal/requests/new")
                        .file(new MockMultipartFile("file", "page.pdf", "application/pdf", HTML))
                        .param("serviceCode", publicService).param("subject", "مع ملف مرفوض")
                        .with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("file-error")))
                .andExpect(content().string(containsString("مع ملف مرفوض")))
                .andExpect(content().string(containsString("اختر الملف مرة أخرى")));

        assertThat(requestsOf(me)).as("nothing half-made").isEqualTo(before);
    }

    // --- Isolation ---

    @Test
    void anotherBeneficiarysRequestDocumentsAndActionsAnswerNotFound() throws Exception {
        String ref = submitWithDocument(someoneElse);
        UUID document = casework.documentsOf(ref, someoneElse).get(0).getId();
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, casework.caseworker(officer));
        casework.changeStatus(ref, RequestStatus.AWAITING_BENEFICIARY, "صورة الهوية", casework.caseworker(officer));
        String mine = submitWithDocument(me);

        mvc.perform(get("/portal/requests/" + ref).with(as(me))).andExpect(status().isNotFound());
        mvc.perform(get("/portal/requests/REQ-1300-999999").with(as(me))).andExpect(status().isNotFound());
        mvc.perform(get("/portal/requests/" + ref + "/documents/" + document).with(as(me)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/requests/" + mine + "/documents/" + document).with(as(me)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/portal/requests/" + ref + "/documents")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)).with(as(me)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/requests/" + ref + "/replies").param("message", "تطفل").with(as(me)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/requests/" + ref + "/cancellation").param("reason", "تطفل").with(as(me)).with(csrf()))
                .andExpect(status().isNotFound());

        Request untouched = casework.ownedBy(ref, someoneElse).orElseThrow();
        assertThat(untouched.getStatus()).isEqualTo(RequestStatus.AWAITING_BENEFICIARY);
        assertThat(casework.documentsOf(ref, someoneElse)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from interaction where summary = 'تطفل'", Integer.class)).isZero();
    }

    private RequestPostProcessor as(UUID beneficiary) {
        return authentication(new UsernamePasswordAuthenticationToken(new PortalBeneficiary(beneficiary, "+966550000000"),
                null, List.of(new SimpleGrantedAuthority("ROLE_BENEFICIARY"))));
    }

    private UUID beneficiary(String name) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, name + TestData.uniqueWord(), null,
                TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), null, null,
                List.of())).getId();
    }

    private String submit(UUID beneficiary, String service, String subject) {
        return casework.submitByBeneficiary(beneficiary, new BeneficiaryRequest(service, subject, null), null)
                .getReferenceNumber();
    }

    private String submitWithDocument(UUID beneficiary) {
        return casework.submitByBeneficiary(beneficiary, new BeneficiaryRequest(publicService, "طلب بمستند", null),
                new UploadedFile("هوية.pdf", new java.io.ByteArrayInputStream(PDF))).getReferenceNumber();
    }

    private String awaitingMe() {
        String ref = submit(me, publicService, "طلب ينتظرني");
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, casework.caseworker(officer));
        casework.changeStatus(ref, RequestStatus.AWAITING_BENEFICIARY, "أرسل صورة الهوية", casework.caseworker(officer));
        return ref;
    }

    private int requestsOf(UUID beneficiary) {
        return jdbc.queryForObject("select count(*) from request where beneficiary_id = ?", Integer.class, beneficiary);
    }

    private static sa.silah.casework.RequestHistoryEntry lastStepOf(Request request) {
        return request.getHistory().get(request.getHistory().size() - 1);
    }
}
