/**
 * Audit: who changed which record, field by field, and who opened which record holding personal data.
 * Other modules publish {@link sa.silah.audit.RecordChanged} and {@link sa.silah.audit.PersonalDataAccessed};
 * this module records them in the publishing transaction, so a change and its audit entry commit together.
 */
package sa.silah.audit;
