package sa.silah.portal; public record PortalBeneficiary(java.util.UUID beneficiaryId, String mobile) implements java.io.Serializable {}
