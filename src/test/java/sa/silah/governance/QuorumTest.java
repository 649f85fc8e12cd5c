package sa.silah.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class QuorumTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private final List<BoardMember> board = List.of(member(1, BoardRole.CHAIR), member(2, BoardRole.VICE_CHAIR),
            member(3, BoardRole.FINANCIAL_OFFICER), member(4, BoardRole.MEMBER), member(5, BoardRole.MEMBER));

    @Test
    void aMajorityWithTheChairNeedsMoreThanHalfAndTheChair() {
        assertThat(Quorum.MAJORITY_WITH_CHAIR.reached(board, List.of(1L, 2L))).isFalse();
        assertThat(Quorum.MAJORITY_WITH_CHAIR.reached(board, List.of(1L, 2L, 3L))).isTrue();
        assertThat(Quorum.MAJORITY_WITH_CHAIR.reached(board, List.of(2L, 3L, 4L, 5L))).as("without the chair").isFalse();
    }

    @Test
    void aMajorityIsMoreThanHalfOfTheSittingMembers() {
        assertThat(Quorum.MAJORITY.reached(board, List.of(2L, 3L))).isFalse();
        assertThat(Quorum.MAJORITY.reached(board, List.of(2L, 3L, 4L))).isTrue();
        assertThat(Quorum.MAJORITY.reached(board.subList(0, 4), List.of(1L, 2L))).as("2 of 4 is half, not more").isFalse();
    }

    @Test
    void unanimityNeedsEverySittingMemberAndApprovalsOfOthersDoNotCount() {
        assertThat(Quorum.UNANIMOUS.reached(board, List.of(1L, 2L, 3L, 4L))).isFalse();
        assertThat(Quorum.UNANIMOUS.reached(board, List.of(1L, 2L, 3L, 4L, 5L))).isTrue();
        assertThat(Quorum.MAJORITY.reached(board, List.of(2L, 3L, 99L))).as("99 does not sit").isFalse();
        assertThat(Quorum.MAJORITY.reached(List.of(), List.of())).isFalse();
    }

    private static BoardMember member(long id, BoardRole role) {
        BoardMember member = new BoardMember(new BoardMemberDetails("عضو " + id, null, role, START, null, null));
        ReflectionTestUtils.setField(member, "id", id);
        return member;
    }
}
