package sa.silah.portal;

import sa.silah.beneficiary.Consent;
import sa.silah.beneficiary.ConsentPurpose;

/**
 * Where a beneficiary stands on one purpose: whether their data may be processed for it, and the latest record
 * for it (with the privacy notice version it names), or {@code null} when nothing was ever recorded.
 */
public record ConsentStanding(ConsentPurpose purpose, boolean allowed, Consent latest) {
}
