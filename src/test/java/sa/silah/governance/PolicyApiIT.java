package sa.silah.governance;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

@IntegrationTest
class PolicyApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Governance governance;
    @Autowired
    Board board;
    @Autowired
    StaffManagement staff;

    String suffix;
    String owner;
    String chair;

    @BeforeEach
    void aBoardOfOne() {
        LocalDate yesterday = LocalDate.now(Dates.RIYADH).minusDays(1);
        for (BoardMember sitting : board.sitting()) {
            board.change(sitting.getId(), new BoardMemberDetails(sitting.getFullNameAr(), sitting.getFullNameEn(),
                    sitting.getRole(), sitting.getTermStart(), yesterday, sitting.getStaffUsername()));
        }
        suffix = Long.toString(System.nanoTime(), 36);
        owner = TestAccounts.ensure(staff, Role.MANAGER);
        chair = "apichair-" + suffix;
        staff.create(new StaffAccount(chair, "رئيس المجلس", null, null, Set.of(Role.BOARD)), TestAccounts.PASSWORD);
        board.register(new BoardMemberDetails("رئيس المجلس " + suffix, null, BoardRole.CHAIR, LocalDate.of(2024, 1, 1),
                null, chair));
    }

    private String entry(String code) {
        return "$[?(@.code == '" + code + "')]";
    }

    private ResultActions list(String username) throws Exception {
        return mvc.perform(get("/api/v1/policies").with(httpBasic(username, TestAccounts.PASSWORD)));
    }

    @Test
    void listsEachPolicyWithItsStatusTheVersionInForceAndTheNextReview() throws Exception {
        String published = "API_P_" + suffix.toUpperCase();
        PolicyVersion first = governance.create(published, "سياسة منشورة " + suffix, "Published policy", owner, 6,
                new PolicyText("النص الأول", null, null), owner);
        governance.submit(first.getId());
        governance.decide(first.getId(), chair, Decision.APPROVE, null);
        PolicyVersion inForce = governance.publish(first.getId());
        list(owner).andExpect(status().isOk())
                .andExpect(jsonPath(entry(published) + ".status").value(hasItem("PUBLISHED")));
        governance.draftNext(published, new PolicyText("النص الثاني", null, null), owner);
        String drafted = "API_D_" + suffix.toUpperCase();
        governance.create(drafted, "سياسة مسودة " + suffix, null, owner, null, new PolicyText("نص", null, null),
                owner);

        list(TestAccounts.ensure(staff, Role.STAFF)).andExpect(status().isOk())
                .andExpect(jsonPath(entry(published) + ".title").value(hasItem("سياسة منشورة " + suffix)))
                .andExpect(jsonPath(entry(published) + ".titleEn").value(hasItem("Published policy")))
                .andExpect(jsonPath(entry(published) + ".status").value(hasItem("DRAFT")))
                .andExpect(jsonPath(entry(published) + ".version").value(hasItem(1)))
                .andExpect(jsonPath(entry(published) + ".nextReviewDate")
                        .value(hasItem(inForce.getNextReviewDate().toString())))
                .andExpect(jsonPath(entry(drafted) + ".status").value(hasItem("DRAFT")))
                .andExpect(jsonPath(entry(drafted) + ".version").value(hasItem(1)))
                .andExpect(jsonPath(entry(drafted) + ".nextReviewDate").value(hasItem(nullValue())));
        list(chair).andExpect(status().isOk());
    }
}
