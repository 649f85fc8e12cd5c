package sa.silah.beneficiary.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.Gender;
import sa.silah.beneficiary.OrganizationType;

/** The registration and edit form; what the officer typed survives a refused submission untouched. */
public class BeneficiaryForm {

    private BeneficiaryType type = BeneficiaryType.INDIVIDUAL;
    private String fullName;
    private String latinName;
    private String nationalId;
    private Gender gender;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String nationality;
    private String city;
    private OrganizationType organizationType;
    private String registrationNumber;
    private String contactPerson;
    private String mobile;
    private String email;
    private ContactChannel preferredChannel;
    private List<String> segments = new ArrayList<>();
    private String language = "ar";
    private Set<ContactChannel> optOuts = new HashSet<>();
    private boolean confirmDuplicate;

    static BeneficiaryForm of(BeneficiaryDetails details) {
        BeneficiaryForm form = new BeneficiaryForm();
        form.type = details.type();
        form.fullName = details.fullName();
        form.latinName = details.latinName();
        form.nationalId = details.nationalId();
        form.gender = details.gender();
        form.birthDate = details.birthDate();
        form.nationality = details.nationality();
        form.city = details.city();
        form.organizationType = details.organizationType();
        form.registrationNumber = details.registrationNumber();
        form.contactPerson = details.contactPerson();
        form.mobile = details.mobile();
        form.email = details.email();
        form.preferredChannel = details.preferredChannel();
        form.segments = new ArrayList<>(details.segments());
        form.language = details.language();
        form.optOuts = new HashSet<>(details.optOuts());
        return form;
    }

    BeneficiaryDetails toDetails() {
        return new BeneficiaryDetails(type, fullName, latinName, nationalId, gender, birthDate, nationality, city,
                organizationType, registrationNumber, contactPerson, mobile, email, preferredChannel, segments,
                language, optOuts);
    }

    public BeneficiaryType getType() {
        return type;
    }

    public void setType(BeneficiaryType type) {
        this.type = type;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getLatinName() {
        return latinName;
    }

    public void setLatinName(String latinName) {
        this.latinName = latinName;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public OrganizationType getOrganizationType() {
        return organizationType;
    }

    public void setOrganizationType(OrganizationType organizationType) {
        this.organizationType = organizationType;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(ContactChannel preferredChannel) {
        this.preferredChannel = preferredChannel;
    }

    public List<String> getSegments() {
        return segments;
    }

    public void setSegments(List<String> segments) {
        this.segments = segments == null ? new ArrayList<>() : segments;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<ContactChannel> getOptOuts() {
        return optOuts;
    }

    public void setOptOuts(Set<ContactChannel> optOuts) {
        this.optOuts = optOuts == null ? new HashSet<>() : optOuts;
    }

    public boolean isConfirmDuplicate() {
        return confirmDuplicate;
    }

    public void setConfirmDuplicate(boolean confirmDuplicate) {
        this.confirmDuplicate = confirmDuplicate;
    }
}
