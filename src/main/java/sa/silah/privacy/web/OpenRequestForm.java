package sa.silah.privacy.web;

import java.util.UUID;

import sa.silah.privacy.DataSubjectRight;
import sa.silah.shared.Channel;

/**
 * An officer opens a data-subject request: for the beneficiary whose page they came from, or found by the national
 * ID, registration number or mobile typed.
 */
public class OpenRequestForm {

    private UUID beneficiaryId;
    private String identifier;
    private DataSubjectRight right;
    private Channel channel = Channel.INTERVIEW;
    private String details;

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public void setBeneficiaryId(UUID beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public DataSubjectRight getRight() {
        return right;
    }

    public void setRight(DataSubjectRight right) {
        this.right = right;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
