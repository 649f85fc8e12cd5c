package sa.silah.portal.web;

import sa.silah.casework.BeneficiaryRequest;

/** The beneficiary's new request as typed, kept whole when it comes back with problems. */
class NewRequestForm {

    private String serviceCode;
    private String subject;
    private String description;

    BeneficiaryRequest toRequest() {
        return new BeneficiaryRequest(serviceCode, subject, description);
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
