/**
 * Governance (الحوكمة): the board of directors, and the association's policies as living data — versions in
 * Arabic (and English), review by the board with each member's recorded approval or objection, approval at the
 * quorum, publication that supersedes the previous version, the next review date, and every staff member's
 * acknowledgement of what was published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package sa.silah.governance;
