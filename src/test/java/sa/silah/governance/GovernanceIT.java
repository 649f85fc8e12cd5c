package sa.silah.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import sa.silah.shared.Dates;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

/** A policy through the board: quorum, decisions recorded once, publication superseding, acknowledgements. */
@IntegrationTest
class GovernanceIT {

    private static final PolicyText TEXT = new PolicyText("نص السياسة الأول", "The first text", null);

    @Autowired
    Governance governance;
    @Autowired
    Board board;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    String suffix;
    String owner;
    /** The chair, the vice-chair, the financial officer and two members, each with an account. */
    List<String> members;

    @BeforeEach
    void aBoardOfFive() {
        PolicyFixture fixture = new PolicyFixture(governance, board, staff, BoardRole.CHAIR, BoardRole.VICE_CHAIR, BoardRole.FINANCIAL_OFFICER, BoardRole.MEMBER, BoardRole.MEMBER);
        suffix = fixture.suffix;
        owner = fixture.owner;
        members = fixture.members;
    }

    private PolicyVersion inReview() {
        PolicyVersion draft = governance.create("P_" + suffix.toUpperCase(), "سياسة " + suffix, null, owner, null, TEXT,
                owner);
        return governance.submit(draft.getId());
    }

    @Test
    void isApprovedOnceAMajorityWithTheChairHasApproved() {
        PolicyVersion version = inReview();

        governance.decide(version.getId(), members.get(1), Decision.APPROVE, null);
        governance.decide(version.getId(), members.get(2), Decision.APPROVE, null);
        governance.decide(version.getId(), members.get(3), Decision.OBJECT, "تحتاج إلى توضيح قناة الخطابات");
        assertThat(governance.version(version.getId()).getStatus()).as("three of five, but not the chair")
                .isEqualTo(PolicyStatus.IN_REVIEW);

        governance.decide(version.getId(), members.get(0), Decision.APPROVE, "موافق");

        PolicyVersion approved = governance.version(version.getId());
        assertThat(approved.getStatus()).isEqualTo(PolicyStatus.APPROVED);
        assertThat(approved.getApprovedAt()).isNotNull();
        assertThat(governance.signatures(version.getId())).hasSize(5)
                .first().satisfies(chair -> {
                    assertThat(chair.member().getRole()).isEqualTo(BoardRole.CHAIR);
                    assertThat(chair.decision().getDecision()).isEqualTo(Decision.APPROVE);
                    assertThat(chair.decision().getDecidedBy()).isEqualTo(members.get(0));
                });
    }

    @Test
    void aDecisionIsRecordedOnceAndNeverChanged() {
        PolicyVersion version = inReview();
        PolicyDecision first = governance.decide(version.getId(), members.get(3), Decision.OBJECT, "لا أوافق");

        assertThatThrownBy(() -> governance.decide(version.getId(), members.get(3), Decision.APPROVE, "غيرت رأيي"))
                .isInstanceOf(DecisionAlreadyRecordedException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into policy_decision (policy_version_id, board_member_id, decision,"
                + " decided_at, decided_by) values (:version, :member, 'APPROVE', current_timestamp, 'x')")
                .param("version", version.getId()).param("member", first.getBoardMemberId()).update())
                .as("the database refuses a second decision too").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(governance.signatures(version.getId()))
                .filteredOn(signature -> signature.decision() != null).singleElement()
                .satisfies(signature -> {
                    assertThat(signature.decision().getDecision()).isEqualTo(Decision.OBJECT);
                    assertThat(signature.decision().getComment()).isEqualTo("لا أوافق");
                    assertThat(signature.decision().getDecidedAt()).isEqualTo(first.getDecidedAt());
                });
    }

    @Test
    void onlySittingBoardMembersDecideAndOnlyOnAVersionUnderReview() {
        PolicyVersion draft = governance.create("Q_" + suffix.toUpperCase(), "سياسة " + suffix, null, owner, 6, TEXT,
                owner);

        assertThatThrownBy(() -> governance.decide(draft.getId(), members.get(0), Decision.APPROVE, null))
                .isInstanceOf(PolicyTransitionException.class);
        governance.submit(draft.getId());
        assertThatThrownBy(() -> governance.decide(draft.getId(), owner, Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        BoardMember former = board.ofAccount(members.get(4)).orElseThrow();
        board.change(former.getId(), new BoardMemberDetails(former.getFullNameAr(), null, former.getRole(),
                former.getTermStart(), LocalDate.now(Dates.RIYADH).minusDays(1), former.getStaffUsername()));
        assertThatThrownBy(() -> governance.decide(draft.getId(), members.get(4), Decision.APPROVE, null))
                .as("a term that ended").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> governance.write(draft.getId(), TEXT)).isInstanceOf(PolicyTransitionException.class);
    }

    @Test
    void publishingANewVersionSupersedesThePreviousOne() {
        PolicyVersion first = approved(inReview());
        String code = governance.policies().stream().filter(policy -> policy.getId().equals(first.getPolicyId()))
                .findFirst().orElseThrow().getCode();
        governance.publish(first.getId());
        PolicyVersion second = governance.draftNext(code, new PolicyText("النص المعدل", null, "أضيفت قناة الموقع"),
                owner);
        assertThatThrownBy(() -> governance.draftNext(code, TEXT, owner)).as("one draft at a time")
                .isInstanceOf(PolicyTransitionException.class);
        governance.submit(second.getId());
        approved(second);

        governance.publish(second.getId());

        assertThat(governance.history(code)).extracting(PolicyVersion::getNumber, PolicyVersion::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, PolicyStatus.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(1, PolicyStatus.SUPERSEDED));
        assertThat(governance.published(code)).get().satisfies(version -> {
            assertThat(version.getNumber()).isEqualTo(2);
            assertThat(version.getNextReviewDate()).isEqualTo(LocalDate.now(Dates.RIYADH).plusMonths(12));
            assertThat(version.getChangeSummary()).isEqualTo("أضيفت قناة الموقع");
        });
        assertThat(governance.version(first.getId()).getNextReviewDate()).isNull();
    }

    @Test
    void everyStaffMemberIsAskedToAcknowledgeThePublishedVersionOnce() {
        PolicyVersion version = approved(inReview());
        assertThatThrownBy(() -> governance.acknowledge(version.getId(), owner))
                .as("not published yet").isInstanceOf(PolicyTransitionException.class);
        governance.publish(version.getId());

        governance.acknowledge(version.getId(), owner);
        governance.acknowledge(version.getId(), owner);

        Governance.Compliance compliance = governance.compliance(version.getId());
        assertThat(compliance.acknowledged()).singleElement()
                .satisfies(done -> assertThat(done.getStaffUsername()).isEqualTo(owner));
        assertThat(compliance.pending()).doesNotContain(owner).contains(members.get(0));
    }

    @Test
    void namesEveryProblemOfANewPolicyAndRefusesATakenCode() {
        assertThatThrownBy(() -> governance.create("bad code", " ", null, "nobody-" + suffix, 0,
                new PolicyText(" ", null, null), owner))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field())
                        .containsExactlyInAnyOrder("code", "titleAr", "owner", "reviewIntervalMonths", "textAr"));
        inReview();
        assertThatThrownBy(() -> governance.create("P_" + suffix.toUpperCase(), "أخرى", null, owner, null, TEXT, owner))
                .isInstanceOf(DuplicateRecordException.class);
    }

    private PolicyVersion approved(PolicyVersion version) {
        for (int i = 0; i < 3; i++) {
            governance.decide(version.getId(), members.get(i), Decision.APPROVE, null);
        }
        return governance.version(version.getId());
    }
}
