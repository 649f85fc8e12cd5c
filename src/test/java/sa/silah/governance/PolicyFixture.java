package sa.silah.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;

/**
 * A board of its own (by default the chair and two members, each with an account; the terms of the members sitting
 * before end yesterday) and policies through it.
 */
public class PolicyFixture {

    public final String suffix = Long.toString(System.nanoTime(), 36);
    public final String owner;
    /** The members' accounts, in the order of their offices. */
    public final List<String> members = new ArrayList<>();
    /** The members' names as the signature table shows them, the chair first. */
    public final List<String> names = new ArrayList<>();

    private final Governance governance;

    /** A board of the chair and two members. */
    public PolicyFixture(Governance governance, Board board, StaffManagement staff) {
        this(governance, board, staff, BoardRole.CHAIR, BoardRole.MEMBER, BoardRole.MEMBER);
    }

    /** A board of these offices, in this order. */
    public PolicyFixture(Governance governance, Board board, StaffManagement staff, BoardRole... roles) {
        this.governance = governance;
        LocalDate yesterday = LocalDate.now(Dates.RIYADH).minusDays(1);
        for (BoardMember sitting : board.sitting()) {
            board.change(sitting.getId(), new BoardMemberDetails(sitting.getFullNameAr(), sitting.getFullNameEn(),
                    sitting.getRole(), sitting.getTermStart(), yesterday, sitting.getStaffUsername()));
        }
        owner = TestAccounts.ensure(staff, Role.MANAGER);
        for (int i = 0; i < roles.length; i++) {
            String username = "pboard" + i + "-" + suffix;
            String name = "عضو المجلس " + i + " " + suffix;
            staff.create(new StaffAccount(username, name, null, null, Set.of(Role.BOARD)), TestAccounts.PASSWORD);
            board.register(new BoardMemberDetails(name, null, roles[i], LocalDate.of(2024, 1, 1), null, username));
            members.add(username);
            names.add(name);
        }
    }

    /** A new policy's first version as a draft. */
    public PolicyVersion draft(String code, String title, String text) {
        return governance.create(code, title, null, owner, null, new PolicyText(text, null, null), owner);
    }

    /** The version approved by the chair and the first member over the second member's objection, then published. */
    public PolicyVersion publish(PolicyVersion draft) {
        governance.submit(draft.getId());
        governance.decide(draft.getId(), members.get(2), Decision.OBJECT, "أقترح توضيح القنوات");
        governance.decide(draft.getId(), members.get(1), Decision.APPROVE, null);
        governance.decide(draft.getId(), members.get(0), Decision.APPROVE, null);
        return governance.publish(draft.getId());
    }

    public String code(String prefix) {
        return (prefix + "_" + suffix).toUpperCase(java.util.Locale.ROOT);
    }
}
