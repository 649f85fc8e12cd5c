package sa.silah.privacy.web;

import java.util.EnumSet;
import java.util.Set;

import sa.silah.privacy.DataCategory;
import sa.silah.privacy.LegalBasis;
import sa.silah.privacy.ProcessingActivity;
import sa.silah.privacy.ProcessingActivityDetails;

/** The page form of an entry of the record of processing activities. */
public class ProcessingActivityForm {

    private String nameAr;
    private String nameEn;
    private String purpose;
    private LegalBasis legalBasis;
    private String dataSubjects;
    private Set<DataCategory> dataCategories = EnumSet.noneOf(DataCategory.class);
    private String recipients;
    private String retentionPeriod;
    private boolean transfersAbroad;
    private String transferDestination;
    private String transferSafeguard;
    private String securityMeasures;
    private String ownerDepartment;
    private String ownerPerson;

    static ProcessingActivityForm of(ProcessingActivity activity) {
        ProcessingActivityForm form = new ProcessingActivityForm();
        form.nameAr = activity.getNameAr();
        form.nameEn = activity.getNameEn();
        form.purpose = activity.getPurpose();
        form.legalBasis = activity.getLegalBasis();
        form.dataSubjects = activity.getDataSubjects();
        form.dataCategories = activity.getDataCategories();
        form.recipients = activity.getRecipients();
        form.retentionPeriod = activity.getRetentionPeriod();
        form.transfersAbroad = activity.isTransfersAbroad();
        form.transferDestination = activity.getTransferDestination();
        form.transferSafeguard = activity.getTransferSafeguard();
        form.securityMeasures = activity.getSecurityMeasures();
        form.ownerDepartment = activity.getOwnerDepartment();
        form.ownerPerson = activity.getOwnerPerson();
        return form;
    }

    ProcessingActivityDetails toDetails() {
        return new ProcessingActivityDetails(nameAr, nameEn, purpose, legalBasis, dataSubjects, dataCategories,
                recipients, retentionPeriod, transfersAbroad, transferDestination, transferSafeguard, securityMeasures,
                ownerDepartment, ownerPerson);
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDataSubjects() {
        return dataSubjects;
    }

    public void setDataSubjects(String dataSubjects) {
        this.dataSubjects = dataSubjects;
    }

    public Set<DataCategory> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(Set<DataCategory> dataCategories) {
        this.dataCategories = dataCategories;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getRetentionPeriod() {
        return retentionPeriod;
    }

    public void setRetentionPeriod(String retentionPeriod) {
        this.retentionPeriod = retentionPeriod;
    }

    public boolean isTransfersAbroad() {
        return transfersAbroad;
    }

    public void setTransfersAbroad(boolean transfersAbroad) {
        this.transfersAbroad = transfersAbroad;
    }

    public String getTransferDestination() {
        return transferDestination;
    }

    public void setTransferDestination(String transferDestination) {
        this.transferDestination = transferDestination;
    }

    public String getTransferSafeguard() {
        return transferSafeguard;
    }

    public void setTransferSafeguard(String transferSafeguard) {
        this.transferSafeguard = transferSafeguard;
    }

    public String getSecurityMeasures() {
        return securityMeasures;
    }

    public void setSecurityMeasures(String securityMeasures) {
        this.securityMeasures = securityMeasures;
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public void setOwnerDepartment(String ownerDepartment) {
        this.ownerDepartment = ownerDepartment;
    }

    public String getOwnerPerson() {
        return ownerPerson;
    }

    public void setOwnerPerson(String ownerPerson) {
        this.ownerPerson = ownerPerson;
    }
}
