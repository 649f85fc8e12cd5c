package sa.silah.governance.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.governance.BoardMember;
import sa.silah.governance.BoardMemberDetails;
import sa.silah.governance.BoardRole;

/** The page form of a board member. */
public class BoardMemberForm {

    private String fullNameAr;

    private String fullNameEn;

    private BoardRole role;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEnd;

    private String staffUsername;

    static BoardMemberForm of(BoardMember member) {
        BoardMemberForm form = new BoardMemberForm();
        form.fullNameAr = member.getFullNameAr();
        form.fullNameEn = member.getFullNameEn();
        form.role = member.getRole();
        form.termStart = member.getTermStart();
        form.termEnd = member.getTermEnd();
        form.staffUsername = member.getStaffUsername();
        return form;
    }

    BoardMemberDetails toDetails() {
        return new BoardMemberDetails(fullNameAr, fullNameEn, role, termStart, termEnd, staffUsername);
    }

    public String getFullNameAr() {
        return fullNameAr;
    }

    public void setFullNameAr(String fullNameAr) {
        this.fullNameAr = fullNameAr;
    }

    public String getFullNameEn() {
        return fullNameEn;
    }

    public void setFullNameEn(String fullNameEn) {
        this.fullNameEn = fullNameEn;
    }

    public BoardRole getRole() {
        return role;
    }

    public void setRole(BoardRole role) {
        this.role = role;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }
}
