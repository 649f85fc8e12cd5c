package sa.silah.portal;

import java.util.UUID;

/**
 * What checking a code proved, and for an accepted one, the mobile (E.164) it was sent to and the beneficiary
 * it was asked for (none at sign-in).
 */
public record OtpResult(OtpCheck check, String mobile, UUID beneficiaryId) {

    public boolean accepted() {
        return check == OtpCheck.ACCEPTED;
    }
}
