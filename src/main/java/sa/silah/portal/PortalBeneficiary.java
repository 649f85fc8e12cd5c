package sa.silah.portal;

/** Who a portal session belongs to: the principal of every signed-in beneficiary's authentication. */
public record PortalBeneficiary(java.util.UUID beneficiaryId, String mobile) implements java.io.Serializable {
}
