/**
 * The beneficiary registry: every person and organisation the association serves, known once, with their
 * contact details, consents, segments, household or representatives.
 */
package sa.silah.beneficiary;
