package sa.silah.governance;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of the board of directors, for a term. */
@Entity
@Table(name = "board_member")
public class BoardMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullNameAr;

    private String fullNameEn;

    @Enumerated(EnumType.STRING)
    private BoardRole boardRole;

    private LocalDate termStart;

    private LocalDate termEnd;

    private String staffUsername;

    @Version
    private long version;

    protected BoardMember() {
    }

    BoardMember(BoardMemberDetails details) {
        change(details);
    }

    /** Takes checked details. */
    void change(BoardMemberDetails details) {
        fullNameAr = details.fullNameAr().strip();
        fullNameEn = details.fullNameEn() == null || details.fullNameEn().isBlank() ? null : details.fullNameEn().strip();
        boardRole = details.role();
        termStart = details.termStart();
        termEnd = details.termEnd();
        staffUsername = details.staffUsername() == null || details.staffUsername().isBlank() ? null
                : details.staffUsername().strip();
    }

    /** Whether the member's term covers the day. */
    public boolean sitsOn(LocalDate day) {
        return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && fullNameEn != null ? fullNameEn : fullNameAr;
    }

    public Long getId() {
        return id;
    }

    public String getFullNameAr() {
        return fullNameAr;
    }

    public String getFullNameEn() {
        return fullNameEn;
    }

    public BoardRole getRole() {
        return boardRole;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public String getStaffUsername() {
        return staffUsername;
    }
}
