package sa.silah.portal;

import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in beneficiary, kept in the portal's own session attribute. Its name, recorded by audit as who made a
 * change, is the beneficiary's id and never the mobile.
 */
final class PortalAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "ROLE_BENEFICIARY";

    private final PortalBeneficiary beneficiary;
    private final Instant signedInAt;

    PortalAuthentication(PortalBeneficiary beneficiary, Instant signedInAt) {
        super(List.of(new SimpleGrantedAuthority(ROLE)));
        this.beneficiary = beneficiary;
        this.signedInAt = signedInAt;
        setAuthenticated(true);
    }

    @Override
    public PortalBeneficiary getPrincipal() {
        return beneficiary;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return "beneficiary:" + beneficiary.beneficiaryId();
    }

    Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalAuthentication that && super.equals(that) && signedInAt.equals(that.signedInAt);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + signedInAt.hashCode();
    }
}
