/**
 * Needs assessment (تقدير حاجة المستفيد): the forms an administrator designs, in versions; the scoring rules that
 * turn answers into a score and a need level with the explanation of every point; the assessments of each
 * beneficiary, by an officer or from the portal and verified by an officer, valid for a period.
 */
package sa.silah.assessment;
