package sa.silah.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/** The staff's policy pages: the form, the board's decisions, publication, acknowledgements and the changes view. */
@IntegrationTest
class GovernancePagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Governance governance;
    @Autowired
    Board board;
    @Autowired
    StaffManagement staff;

    String suffix;
    String code;
    String owner;
    RequestPostProcessor manager;
    RequestPostProcessor officer;
    /** The chair, the vice-chair, the financial officer and two members, each with an account. */
    List<String> members;

    @BeforeEach
    void aBoardOfFive() {
        PolicyFixture fixture = new PolicyFixture(governance, board, staff, BoardRole.CHAIR, BoardRole.VICE_CHAIR, BoardRole.FINANCIAL_OFFICER, BoardRole.MEMBER, BoardRole.MEMBER);
        suffix = fixture.suffix;
        owner = fixture.owner;
        members = fixture.members;
        code = "PAGES_" + suffix.toUpperCase();
        manager = user(owner).roles("MANAGER");
        officer = user(TestAccounts.ensure(staff, Role.OFFICER)).roles("OFFICER");
    }

    private ResultActions createPolicy(String codeGiven, String textAr) throws Exception {
        return mvc.perform(post("/governance/policies").with(manager).with(csrf()).param("code", codeGiven)
                .param("titleAr", "سياسة الصفحات " + suffix).param("titleEn", "Pages policy " + suffix)
                .param("owner", owner).param("reviewIntervalMonths", "12").param("textAr", textAr)
                .param("textEn", "").param("changeSummary", "الإصدار الأول"));
    }

    private PolicyVersion latest() {
        return governance.history(code).get(0);
    }

    private String page() {
        return "/governance/policies/" + code;
    }

    private String action(String name) {
        return page() + "/versions/" + latest().getId() + "/" + name;
    }

    private ResultActions decide(int member, String decision, String comment) throws Exception {
        return mvc.perform(post(action("decide")).with(user(members.get(member)).roles("BOARD")).with(csrf())
                .param("decision", decision).param("comment", comment));
    }

    @Test
    void aPolicyGoesFromItsFormThroughTheBoardToPublicationAndEveryonesAcknowledgement() throws Exception {
        createPolicy("not a code", "").andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "policy.code.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "textAr", "policy.text.required"))
                .andExpect(content().string(containsString("الرمز من 2 إلى 40 حرفًا")))
                .andExpect(content().string(containsString("سياسة الصفحات " + suffix)));

        createPolicy(code, "المادة الأولى\nالمادة الثانية").andExpect(redirectedUrl(page()));
        mvc.perform(post(action("submit")).with(manager).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(latest().getStatus()).isEqualTo(PolicyStatus.IN_REVIEW);

        decide(0, "APPROVE", "موافق على النص").andExpect(status().is3xxRedirection());
        decide(0, "OBJECT", "غيرت رأيي").andExpect(status().isOk())
                .andExpect(content().string(containsString("قرارك على هذا الإصدار مسجّل من قبل")));
        String tooLong = "ملاحظة طويلة ".repeat(200);
        decide(4, "APPROVE", tooLong).andExpect(status().isOk())
                .andExpect(content().string(containsString("الملاحظة أطول من 2000 حرف")))
                .andExpect(content().string(containsString(tooLong.strip())));
        mvc.perform(get(page()).with(user(members.get(0)).roles("BOARD"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("سُجّل قرارك على هذا الإصدار")));
        decide(1, "APPROVE", "").andExpect(status().is3xxRedirection());
        decide(3, "OBJECT", "تحتاج المادة الثانية إلى توضيح").andExpect(status().is3xxRedirection());
        decide(2, "APPROVE", "").andExpect(status().is3xxRedirection());
        assertThat(latest().getStatus()).isEqualTo(PolicyStatus.APPROVED);

        mvc.perform(get(page()).with(manager)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("عضو المجلس 0 " + suffix),
                        containsString("عضو المجلس 4 " + suffix), containsString("رئيس مجلس الإدارة"),
                        containsString("موافق على النص"), containsString("معترض"),
                        containsString("تحتاج المادة الثانية إلى توضيح"), containsString("موافق"),
                        containsString("المادة الأولى"))));

        mvc.perform(post(action("publish")).with(officer).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(action("publish")).with(manager).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(latest().getStatus()).isEqualTo(PolicyStatus.PUBLISHED);
        mvc.perform(post(action("publish")).with(manager).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("حالة الإصدار الآن «منشورة»")));

        mvc.perform(post(action("acknowledge")).with(officer).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(page()).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("سجّلت اطلاعك على هذا الإصدار")));
        mvc.perform(get(action("acknowledgements")).with(officer)).andExpect(status().isForbidden());
        mvc.perform(get(action("acknowledgements")).with(manager)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("حساب اختبار OFFICER"),
                        containsString("عضو المجلس 4"))));
        Governance.Compliance compliance = governance.compliance(latest().getId());
        assertThat(compliance.acknowledged()).extracting(PolicyAcknowledgement::getStaffUsername)
                .containsExactly(TestAccounts.ensure(staff, Role.OFFICER));
        assertThat(compliance.pending()).contains(owner, members.get(4));

        mvc.perform(get("/governance/policies").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("منشورة"),
                        containsString("id=\"nav-governance\""))));
    }

    @Test
    void onlyASittingBoardMembersAccountDecides() throws Exception {
        createPolicy(code, "نص السياسة").andExpect(redirectedUrl(page()));
        mvc.perform(post(action("submit")).with(manager).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(post(action("decide")).with(officer).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().isForbidden());
        String outsider = TestAccounts.ensure(staff, Role.BOARD);
        mvc.perform(post(action("decide")).with(user(outsider).roles("BOARD")).with(csrf())
                        .param("decision", "APPROVE").param("comment", "تعليق لا يضيع"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لأعضاء مجلس الإدارة الحاليين")));
        assertThat(governance.signatures(latest().getId())).allSatisfy(line -> assertThat(line.decision()).isNull());
        mvc.perform(get(page()).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/decide"))))
                .andExpect(content().string(not(containsString("/submit"))));
    }

    @Test
    void theNextVersionStartsFromThePublishedTextAndTheChangesViewShowsWhatChanged() throws Exception {
        PolicyVersion first = governance.create(code, "سياسة " + suffix, null, owner, null,
                new PolicyText("المادة الأولى\nالمادة الثانية\nالمادة الثالثة", null, null), owner);
        governance.submit(first.getId());
        for (int i = 0; i < 3; i++) {
            governance.decide(first.getId(), members.get(i), Decision.APPROVE, null);
        }
        governance.publish(first.getId());

        mvc.perform(post(page() + "/next").with(manager).with(csrf()))
                .andExpect(redirectedUrl(page() + "/versions/" + latest().getId() + "/edit"));
        assertThat(latest().getTextAr()).isEqualTo(first.getTextAr());
        mvc.perform(post(page() + "/next").with(manager).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("للسياسة مسودة قائمة")));
        mvc.perform(post(action("edit")).with(officer).with(csrf()).param("textAr", "نص"))
                .andExpect(status().isForbidden());
        mvc.perform(post(action("edit")).with(manager).with(csrf()).param("textAr", "")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "textAr", "policy.text.required"));
        mvc.perform(post(action("edit")).with(manager).with(csrf())
                        .param("textAr", "المادة الأولى\nالمادة الثانية المعدلة\nالمادة الثالثة")
                        .param("changeSummary", "توضيح المادة الثانية"))
                .andExpect(redirectedUrl(page() + "?version=2"));

        mvc.perform(get(page() + "/compare").param("from", "1").param("to", "2").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"diff-line diff-removed\""),
                        containsString("class=\"diff-line diff-added\""), containsString("المادة الثانية المعدلة"),
                        containsString("من الإصدار 1 إلى الإصدار 2"))));
        mvc.perform(get(page()).param("version", "2").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("توضيح المادة الثانية"),
                        containsString("/compare"), containsString("class=\"border rounded p-3 mb-4 text-prewrap\""))));
    }

    @Test
    void theAdministratorKeepsTheBoardRegisterWithEachProblemBesideItsField() throws Exception {
        RequestPostProcessor admin = user(TestAccounts.ensure(staff, Role.ADMIN)).roles("ADMIN");
        mvc.perform(post("/admin/board").with(admin).with(csrf()).param("fullNameAr", "").param("role", "")
                        .param("termStart", "2026-01-01").param("termEnd", "2025-01-01")
                        .param("staffUsername", "nobody-" + suffix))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fullNameAr", "board.member.nameRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "role", "board.member.roleRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "termEnd", "board.member.termEndBeforeStart"))
                .andExpect(model().attributeHasFieldErrorCode("form", "staffUsername",
                        "governance.board.accountUnknown"))
                .andExpect(content().string(containsString("لا يوجد حساب بهذا الاسم")));
        mvc.perform(post("/admin/board").with(admin).with(csrf()).param("fullNameAr", "عضو آخر " + suffix)
                        .param("role", "MEMBER").param("termStart", "2025-01-01").param("staffUsername", members.get(4)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "staffUsername", "governance.board.accountTaken"));
        String account = "newmember-" + suffix;
        staff.create(new StaffAccount(account, "عضو جديد", null, null, Set.of(Role.BOARD)), TestAccounts.PASSWORD);

        mvc.perform(post("/admin/board").with(admin).with(csrf()).param("fullNameAr", "عضو جديد " + suffix)
                        .param("role", "MEMBER").param("termStart", "2025-01-01").param("termEnd", "")
                        .param("staffUsername", account))
                .andExpect(redirectedUrl("/admin/board"));
        BoardMember added = board.all().stream().filter(each -> each.getFullNameAr().equals("عضو جديد " + suffix))
                .findFirst().orElseThrow();
        mvc.perform(post("/admin/board/" + added.getId()).with(admin).with(csrf())
                        .param("fullNameAr", "عضو جديد " + suffix).param("role", "VICE_CHAIR")
                        .param("termStart", "2025-01-01").param("termEnd", "2025-12-31"))
                .andExpect(redirectedUrl("/admin/board"));
        assertThat(board.get(added.getId())).satisfies(member -> {
            assertThat(member.getRole()).isEqualTo(BoardRole.VICE_CHAIR);
            assertThat(member.getStaffUsername()).isNull();
        });
        mvc.perform(get("/admin/board").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("عضو جديد " + suffix), containsString("خارج المدة"),
                        containsString("عضو المجلس 0 " + suffix), containsString("id=\"nav-board\""))));
        mvc.perform(get("/admin/board").with(manager)).andExpect(status().isForbidden());
    }
}
