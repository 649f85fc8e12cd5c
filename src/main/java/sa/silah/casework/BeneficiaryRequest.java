package sa.silah.casework;

/**
 * What a beneficiary writes when they submit a service request themselves: the service from the public catalog,
 * a subject and, optionally, a description.
 */
public record BeneficiaryRequest(String serviceCode, String subject, String description) {
}
