package sa.silah.knowledge;

/** What a document of the association is. */
public enum DocumentType {
    BYLAWS, ANNUAL_PLAN, ANNUAL_REPORT, POLICY, GUIDE, OTHER
}
