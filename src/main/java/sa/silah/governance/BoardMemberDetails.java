package sa.silah.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** What is recorded of a board member; {@code staffUsername} links the account they sign in with, if any. */
public record BoardMemberDetails(String fullNameAr, String fullNameEn, BoardRole role, LocalDate termStart,
        LocalDate termEnd, String staffUsername) {

    /** @throws InvalidFieldsException naming every field with a problem */
    public BoardMemberDetails check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (fullNameAr == null || fullNameAr.isBlank() || fullNameAr.strip().length() > 200) {
            problems.add(new FieldProblem("fullNameAr", "board.member.nameRequired"));
        }
        if (fullNameEn != null && fullNameEn.strip().length() > 200) {
            problems.add(new FieldProblem("fullNameEn", "board.member.nameTooLong"));
        }
        if (role == null) {
            problems.add(new FieldProblem("role", "board.member.roleRequired"));
        }
        if (termStart == null) {
            problems.add(new FieldProblem("termStart", "board.member.termStartRequired"));
        } else if (termEnd != null && termEnd.isBefore(termStart)) {
            problems.add(new FieldProblem("termEnd", "board.member.termEndBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return this;
    }
}
