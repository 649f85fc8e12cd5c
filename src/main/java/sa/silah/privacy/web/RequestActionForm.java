package sa.silah.privacy.web;

import sa.silah.privacy.IdentityVerification;
import sa.silah.privacy.RefusalReason;

/**
 * The fields of the request page's four forms — verify identity, extend, complete, refuse — in one object, so that
 * whichever was sent keeps what was typed and shows its field errors beside its own fields.
 */
public class RequestActionForm {

    private IdentityVerification method;
    private String verificationNote;
    private String extensionReason;
    private String response;
    private RefusalReason refusalReason;
    private String refusalNote;

    public IdentityVerification getMethod() {
        return method;
    }

    public void setMethod(IdentityVerification method) {
        this.method = method;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(RefusalReason refusalReason) {
        this.refusalReason = refusalReason;
    }

    public String getRefusalNote() {
        return refusalNote;
    }

    public void setRefusalNote(String refusalNote) {
        this.refusalNote = refusalNote;
    }
}
