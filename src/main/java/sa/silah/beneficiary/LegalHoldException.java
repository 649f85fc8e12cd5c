package sa.silah.beneficiary;

import java.util.UUID;

/** A beneficiary under a legal hold cannot be erased until the hold is released. */
public class LegalHoldException extends RuntimeException {

    private final UUID beneficiaryId;
    private final String reason;

    LegalHoldException(UUID beneficiaryId, String reason) {
        super("beneficiary " + beneficiaryId + " is under a legal hold");
        this.beneficiaryId = beneficiaryId;
        this.reason = reason;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getReason() {
        return reason;
    }
}
