package sa.silah.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.governance.Board;
import sa.silah.governance.BoardMemberDetails;
import sa.silah.governance.BoardRole;
import sa.silah.governance.Decision;
import sa.silah.governance.Governance;
import sa.silah.governance.PolicyText;
import sa.silah.governance.PolicyVersion;
import sa.silah.staff.StaffManagement;

/**
 * The demo board of directors, the five members of the seed policy's signature table with their demo accounts, and
 * the seed policy itself: written by the manager, approved by all five and published, so that the public policies
 * page and the staff's governance pages show it. Only on a demo installation whose accounts exist, and once.
 */
@Component
@Order(80)
class DemoGovernance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    static final String CODE = "BENEFICIARY_RELATIONS";
    private static final String MANAGER = "manager";
    private static final LocalDate TERM_START = LocalDate.of(2024, 1, 1);

    private record Member(String username, String nameAr, String nameEn, BoardRole role) {
    }

    /** The chair last: under the default quorum the version stays with the board until every member has decided. */
    private static final List<Member> MEMBERS = List.of(
            new Member("board2", "يوسف بن فيتل الحربي", "Yousef bin Fitel Al-Harbi", BoardRole.VICE_CHAIR),
            new Member("board3", "سلطان حميد الجربوعي", "Sultan Hamid Al-Jarbou'i", BoardRole.FINANCIAL_OFFICER),
            new Member("board4", "ناصر ضيف الله العمري", "Nasser Daifallah Al-Omari", BoardRole.MEMBER),
            new Member("board5", "أنس عبدالرحمن المغامسي", "Anas Abdulrahman Al-Maghamsi", BoardRole.MEMBER),
            new Member("board", "محمد بن ثامر البدراني", "Mohammed bin Thamer Al-Badrani", BoardRole.CHAIR));

    private final boolean enabled;
    private final Governance governance;
    private final Board board;
    private final StaffManagement staff;
    private final TransactionTemplate transaction;

    DemoGovernance(@Value("${silah.demo-data:true}") boolean enabled, Governance governance, Board board,
            StaffManagement staff, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.governance = governance;
        this.board = board;
        this.staff = staff;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || governance.policies().stream().anyMatch(policy -> CODE.equals(policy.getCode()))) {
            return;
        }
        if (!staff.exists(MANAGER) || MEMBERS.stream().anyMatch(member -> !staff.exists(member.username()))) {
            log.info("Silah skipped the demo board and policy: the demo staff accounts are missing");
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        for (Member member : MEMBERS) {
            if (board.ofAccount(member.username()).isEmpty()) {
                board.register(new BoardMemberDetails(member.nameAr(), member.nameEn(), member.role(), TERM_START, null,
                        member.username()));
            }
        }
        PolicyVersion draft = governance.create(CODE, "سياسة تنظيم العلاقة مع المستفيدين",
                "Policy for organising the relationship with beneficiaries", MANAGER, null,
                new PolicyText(text("demo/policy-beneficiary-relations-ar.txt"),
                        text("demo/policy-beneficiary-relations-en.txt"), null), MANAGER);
        governance.submit(draft.getId());
        MEMBERS.forEach(member -> governance.decide(draft.getId(), member.username(), Decision.APPROVE, null));
        governance.publish(draft.getId());
        log.info("Silah loaded the demo board of {} members and published the policy {}", MEMBERS.size(), CODE);
    }

    private static String text(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
