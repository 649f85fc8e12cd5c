package sa.silah.outreach.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.outreach.AudienceFilter;
import sa.silah.outreach.CampaignDraft;
import sa.silah.outreach.CampaignMessage;
import sa.silah.shared.ArabicText;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The new-campaign page: its audience filters and its messages, one per channel and language. Numbers are kept as
 * typed, so that a page refused for one field shows every other field as the officer left it. The live count reads
 * the same fields.
 */
public class CampaignForm {

    private String name;
    private String purposeNote;
    private String activityId;
    private List<String> segmentCodes = new ArrayList<>();
    private String cities;
    private NeedLevel minimumNeedLevel;
    private String householdFrom;
    private String householdTo;
    private String ageFrom;
    private String ageTo;
    private BeneficiaryType beneficiaryType;
    private String serviceCode;
    private String receivedWithinMonths;
    private String notReceivedWithinMonths;
    private String hasOpenRequest;
    private String lastContactOlderThanDays;
    private String smsAr;
    private String smsEn;
    private String whatsappAr;
    private String whatsappTemplateAr;
    private String whatsappEn;
    private String whatsappTemplateEn;
    private String emailSubjectAr;
    private String emailAr;
    private String emailSubjectEn;
    private String emailEn;

    /** The filter typed, or every field that is not a number at all; ranges are the domain's to check. */
    AudienceFilter toFilter() {
        List<FieldProblem> problems = new ArrayList<>();
        AudienceFilter filter = filter(problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return filter;
    }

    CampaignDraft toDraft() {
        List<FieldProblem> problems = new ArrayList<>();
        AudienceFilter filter = filter(problems);
        UUID activity = null;
        if (activityId != null && !activityId.isBlank()) {
            try {
                activity = UUID.fromString(activityId.strip());
            }
            catch (IllegalArgumentException notAnId) {
                problems.add(new FieldProblem("activityId", "outreach.campaign.activityInvalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new CampaignDraft(name, purposeNote, filter, activity, messages());
    }

    /** The channels with any text written, for the live count. */
    List<ContactChannel> channels() {
        return messages().stream().filter(m -> m.getBody() != null || m.getSubject() != null
                || m.getWhatsappTemplate() != null).map(CampaignMessage::getChannel).distinct().toList();
    }

    private List<CampaignMessage> messages() {
        return List.of(new CampaignMessage(ContactChannel.SMS, "ar", null, smsAr, null),
                new CampaignMessage(ContactChannel.SMS, "en", null, smsEn, null),
                new CampaignMessage(ContactChannel.WHATSAPP, "ar", null, whatsappAr, whatsappTemplateAr),
                new CampaignMessage(ContactChannel.WHATSAPP, "en", null, whatsappEn, whatsappTemplateEn),
                new CampaignMessage(ContactChannel.EMAIL, "ar", emailSubjectAr, emailAr, null),
                new CampaignMessage(ContactChannel.EMAIL, "en", emailSubjectEn, emailEn, null));
    }

    private AudienceFilter filter(List<FieldProblem> problems) {
        return new AudienceFilter(segmentCodes, cities == null ? List.of() : Arrays.asList(cities.split("[\\r\\n,،]+")),
                minimumNeedLevel, whole("householdFrom", householdFrom, problems),
                whole("householdTo", householdTo, problems), whole("ageFrom", ageFrom, problems),
                whole("ageTo", ageTo, problems), beneficiaryType, serviceCode,
                whole("receivedWithinMonths", receivedWithinMonths, problems),
                whole("notReceivedWithinMonths", notReceivedWithinMonths, problems),
                hasOpenRequest == null || hasOpenRequest.isBlank() ? null : Boolean.valueOf(hasOpenRequest),
                whole("lastContactOlderThanDays", lastContactOlderThanDays, problems));
    }

    private static Integer whole(String field, String typed, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ArabicText.toAsciiDigits(typed.strip()));
        }
        catch (NumberFormatException notWhole) {
            problems.add(new FieldProblem(field, "outreach.filter.number"));
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    public void setPurposeNote(String purposeNote) {
        this.purposeNote = purposeNote;
    }

    public String getActivityId() {
        return activityId;
    }

    public void setActivityId(String activityId) {
        this.activityId = activityId;
    }

    public List<String> getSegmentCodes() {
        return segmentCodes;
    }

    public void setSegmentCodes(List<String> segmentCodes) {
        this.segmentCodes = segmentCodes == null ? new ArrayList<>() : segmentCodes;
    }

    public String getCities() {
        return cities;
    }

    public void setCities(String cities) {
        this.cities = cities;
    }

    public NeedLevel getMinimumNeedLevel() {
        return minimumNeedLevel;
    }

    public void setMinimumNeedLevel(NeedLevel minimumNeedLevel) {
        this.minimumNeedLevel = minimumNeedLevel;
    }

    public String getHouseholdFrom() {
        return householdFrom;
    }

    public void setHouseholdFrom(String householdFrom) {
        this.householdFrom = householdFrom;
    }

    public String getHouseholdTo() {
        return householdTo;
    }

    public void setHouseholdTo(String householdTo) {
        this.householdTo = householdTo;
    }

    public String getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(String ageFrom) {
        this.ageFrom = ageFrom;
    }

    public String getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(String ageTo) {
        this.ageTo = ageTo;
    }

    public BeneficiaryType getBeneficiaryType() {
        return beneficiaryType;
    }

    public void setBeneficiaryType(BeneficiaryType beneficiaryType) {
        this.beneficiaryType = beneficiaryType;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getReceivedWithinMonths() {
        return receivedWithinMonths;
    }

    public void setReceivedWithinMonths(String receivedWithinMonths) {
        this.receivedWithinMonths = receivedWithinMonths;
    }

    public String getNotReceivedWithinMonths() {
        return notReceivedWithinMonths;
    }

    public void setNotReceivedWithinMonths(String notReceivedWithinMonths) {
        this.notReceivedWithinMonths = notReceivedWithinMonths;
    }

    public String getHasOpenRequest() {
        return hasOpenRequest;
    }

    public void setHasOpenRequest(String hasOpenRequest) {
        this.hasOpenRequest = hasOpenRequest;
    }

    public String getLastContactOlderThanDays() {
        return lastContactOlderThanDays;
    }

    public void setLastContactOlderThanDays(String lastContactOlderThanDays) {
        this.lastContactOlderThanDays = lastContactOlderThanDays;
    }

    public String getSmsAr() {
        return smsAr;
    }

    public void setSmsAr(String smsAr) {
        this.smsAr = smsAr;
    }

    public String getSmsEn() {
        return smsEn;
    }

    public void setSmsEn(String smsEn) {
        this.smsEn = smsEn;
    }

    public String getWhatsappAr() {
        return whatsappAr;
    }

    public void setWhatsappAr(String whatsappAr) {
        this.whatsappAr = whatsappAr;
    }

    public String getWhatsappTemplateAr() {
        return whatsappTemplateAr;
    }

    public void setWhatsappTemplateAr(String whatsappTemplateAr) {
        this.whatsappTemplateAr = whatsappTemplateAr;
    }

    public String getWhatsappEn() {
        return whatsappEn;
    }

    public void setWhatsappEn(String whatsappEn) {
        this.whatsappEn = whatsappEn;
    }

    public String getWhatsappTemplateEn() {
        return whatsappTemplateEn;
    }

    public void setWhatsappTemplateEn(String whatsappTemplateEn) {
        this.whatsappTemplateEn = whatsappTemplateEn;
    }

    public String getEmailSubjectAr() {
        return emailSubjectAr;
    }

    public void setEmailSubjectAr(String emailSubjectAr) {
        this.emailSubjectAr = emailSubjectAr;
    }

    public String getEmailAr() {
        return emailAr;
    }

    public void setEmailAr(String emailAr) {
        this.emailAr = emailAr;
    }

    public String getEmailSubjectEn() {
        return emailSubjectEn;
    }

    public void setEmailSubjectEn(String emailSubjectEn) {
        this.emailSubjectEn = emailSubjectEn;
    }

    public String getEmailEn() {
        return emailEn;
    }

    public void setEmailEn(String emailEn) {
        this.emailEn = emailEn;
    }
}
