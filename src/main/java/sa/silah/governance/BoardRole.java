package sa.silah.governance;

/** A board member's office, as the policy's signature table names it. */
public enum BoardRole {
    CHAIR, VICE_CHAIR, FINANCIAL_OFFICER, MEMBER
}
