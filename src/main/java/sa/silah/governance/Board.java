package sa.silah.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.Dates;
import sa.silah.shared.RecordNotFoundException;

/** The register of board members (سجل أعضاء مجلس الإدارة). */
@Service
@Transactional
public class Board {

    private final BoardMembers members;
    private final Clock clock;

    Board(BoardMembers members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public BoardMember register(BoardMemberDetails details) {
        return members.save(new BoardMember(details.check()));
    }

    public BoardMember change(long id, BoardMemberDetails details) {
        BoardMember member = get(id);
        member.change(details.check());
        return member;
    }

    @Transactional(readOnly = true)
    public BoardMember get(long id) {
        return members.findById(id).orElseThrow(() -> new RecordNotFoundException("board member", id));
    }

    /** Every member, present and past, the chair first. */
    @Transactional(readOnly = true)
    public List<BoardMember> all() {
        return members.findAll().stream()
                .sorted(Comparator.comparing(BoardMember::getRole).thenComparing(BoardMember::getId)).toList();
    }

    /** The members whose term covers today: those whose decisions count towards the quorum. */
    @Transactional(readOnly = true)
    public List<BoardMember> sitting() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        return all().stream().filter(member -> member.sitsOn(today)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<BoardMember> ofAccount(String username) {
        return members.findByStaffUsername(username);
    }
}
