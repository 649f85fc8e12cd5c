/**
 * Privacy (PDPL): the beneficiary's data rights and the association's duties as keeper of personal data —
 * erasure across every module that holds personal data ({@link sa.silah.shared.PersonalDataHolder}), the privacy
 * notice and consents, data-subject requests, retention, the record of processing activities and the breach
 * register.
 */
package sa.silah.privacy;
