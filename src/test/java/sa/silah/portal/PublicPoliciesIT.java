package sa.silah.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.governance.Board;
import sa.silah.governance.Governance;
import sa.silah.governance.PolicyFixture;
import sa.silah.governance.PolicyText;
import sa.silah.governance.PolicyVersion;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

/** The published policies on the public site, for anyone: text, signature table and history; never a draft. */
@IntegrationTest
class PublicPoliciesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Governance governance;
    @Autowired
    Board board;
    @Autowired
    StaffManagement staff;

    PolicyFixture fixture;

    @BeforeEach
    void aBoard() {
        fixture = new PolicyFixture(governance, board, staff);
    }

    @Test
    void listsThePublishedPoliciesAndShowsTheTextWithTheSignatureTable() throws Exception {
        String code = fixture.code("PUB");
        String title = "سياسة الخصوصية " + fixture.suffix;
        fixture.publish(fixture.draft(code, title, "المادة الأولى: نحفظ بيانات المستفيد.\nالمادة الثانية: لا نشاركها."));

        mvc.perform(get("/policies")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("/policies/" + code),
                        containsString("الإصدار 1"))));
        mvc.perform(get("/policies/" + code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title),
                        containsString("المادة الأولى: نحفظ بيانات المستفيد.\nالمادة الثانية: لا نشاركها."),
                        containsString("class=\"card policy-text\""),
                        containsString(fixture.names.get(0)), containsString(fixture.names.get(1)),
                        containsString(fixture.names.get(2)), containsString("الرئيس"), containsString("موافق"),
                        containsString("معترض"), not(containsString("أقترح توضيح القنوات")))));
    }

    @Test
    void keepsEarlierPublishedVersionsAsHistoryButNeverShowsADraft() throws Exception {
        String code = fixture.code("HIST");
        String title = "سياسة التطوع " + fixture.suffix;
        fixture.publish(fixture.draft(code, title, "النص الأول للسياسة"));
        PolicyVersion second = governance.draftNext(code, new PolicyText("النص الثاني للسياسة", null, "تحديث"),
                fixture.owner);
        fixture.publish(second);
        governance.draftNext(code, new PolicyText("مسودة لم تعتمد بعد", null, null), fixture.owner);

        mvc.perform(get("/policies/" + code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("النص الثاني للسياسة"),
                        containsString("/policies/" + code + "?version=1"), not(containsString("version=3")),
                        not(containsString("مسودة لم تعتمد بعد")))));
        mvc.perform(get("/policies/" + code).param("version", "1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("النص الأول للسياسة"),
                        containsString("حل محل هذا الإصدار إصدار أحدث"))));
        mvc.perform(get("/policies/" + code).param("version", "3")).andExpect(status().isNotFound());

        String draftOnly = fixture.code("DRAFT");
        fixture.draft(draftOnly, "سياسة لم تنشر " + fixture.suffix, "نص المسودة");
        mvc.perform(get("/policies")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("سياسة لم تنشر " + fixture.suffix))));
        mvc.perform(get("/policies/" + draftOnly)).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPolicyOrVersionIsNotFound() throws Exception {
        mvc.perform(get("/policies/NO_SUCH_POLICY")).andExpect(status().isNotFound());
        String code = fixture.code("ONE");
        fixture.publish(fixture.draft(code, "سياسة " + fixture.suffix, "نص"));
        mvc.perform(get("/policies/" + code).param("version", "9")).andExpect(status().isNotFound());
    }
}
