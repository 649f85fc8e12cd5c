package sa.silah.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceDetails;
import sa.silah.shared.ArabicText;
import sa.silah.sla.BusinessDuration;

/**
 * The service form. The standard duration is a number and a unit (business days or hours); the required
 * documents are typed one per line, Arabic in one box and English in the other, paired line by line. Every
 * value is kept as typed, so a refused submission comes back untouched.
 */
public class ServiceForm {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");

    private String code;
    private String nameAr;
    private String nameEn;
    private String descriptionAr;
    private String descriptionEn;
    private String department;
    private String durationAmount;
    private DurationUnit durationUnit = DurationUnit.DAYS;
    private String requiredDocumentsAr = "";
    private String requiredDocumentsEn = "";
    private List<String> eligibleSegments = new ArrayList<>();
    private boolean active = true;
    private boolean publicService;

    static ServiceForm of(ServiceDetails details) {
        ServiceForm form = new ServiceForm();
        form.code = details.code();
        form.nameAr = details.nameAr();
        form.nameEn = details.nameEn();
        form.descriptionAr = details.descriptionAr();
        form.descriptionEn = details.descriptionEn();
        form.department = details.department();
        form.setDuration(BusinessDuration.parse(details.standardDuration()));
        form.requiredDocumentsAr = String.join("\n",
                details.requiredDocuments().stream().map(d -> d.nameAr() == null ? "" : d.nameAr()).toList());
        form.requiredDocumentsEn = String.join("\n",
                details.requiredDocuments().stream().map(d -> d.nameEn() == null ? "" : d.nameEn()).toList());
        form.eligibleSegments = new ArrayList<>(details.eligibleSegments());
        form.active = details.active();
        form.publicService = details.publicService();
        return form;
    }

    /** Whole days when the duration is whole days, else whole hours; a duration in minutes stays ISO text. */
    private void setDuration(BusinessDuration duration) {
        long minutes = duration.minutes();
        if (minutes > 0 && minutes % BusinessDuration.MINUTES_PER_DAY == 0) {
            durationAmount = Long.toString(minutes / BusinessDuration.MINUTES_PER_DAY);
            durationUnit = DurationUnit.DAYS;
        }
        else if (minutes % 60 == 0) {
            durationAmount = Long.toString(minutes / 60);
            durationUnit = DurationUnit.HOURS;
        }
        else {
            durationAmount = duration.toString();
        }
    }

    ServiceDetails toDetails() {
        return new ServiceDetails(code, nameAr, nameEn, descriptionAr, descriptionEn, department, getStandardDuration(),
                getRequiredDocuments(), eligibleSegments, active, publicService);
    }

    /**
     * The duration as ISO-8601 business time for the catalog: {@code P3D} for 3 days, {@code PT4H} for 4
     * hours. Anything else typed is handed over as it is, for the catalog to refuse (or to read, if it is an
     * ISO duration already).
     */
    public String getStandardDuration() {
        if (durationAmount == null || durationAmount.isBlank()) {
            return null;
        }
        String amount = ArabicText.toAsciiDigits(durationAmount.strip());
        if (!WHOLE_NUMBER.matcher(amount).matches()) {
            return amount;
        }
        return durationUnit == DurationUnit.HOURS ? "PT" + Long.parseLong(amount) + "H" : "P" + Long.parseLong(amount) + "D";
    }

    /** The two boxes paired line by line; lines blank in both are left out. */
    public List<RequiredDocument> getRequiredDocuments() {
        String[] arabic = lines(requiredDocumentsAr);
        String[] english = lines(requiredDocumentsEn);
        List<RequiredDocument> documents = new ArrayList<>();
        for (int i = 0; i < Math.max(arabic.length, english.length); i++) {
            String ar = i < arabic.length ? arabic[i].strip() : "";
            String en = i < english.length ? english[i].strip() : "";
            if (!ar.isEmpty() || !en.isEmpty()) {
                documents.add(new RequiredDocument(ar.isEmpty() ? null : ar, en.isEmpty() ? null : en));
            }
        }
        return documents;
    }

    private static String[] lines(String text) {
        return text == null || text.isBlank() ? new String[0] : text.strip().split("\\R");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public void setDescriptionAr(String descriptionAr) {
        this.descriptionAr = descriptionAr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getDurationAmount() {
        return durationAmount;
    }

    public void setDurationAmount(String durationAmount) {
        this.durationAmount = durationAmount;
    }

    public DurationUnit getDurationUnit() {
        return durationUnit;
    }

    public void setDurationUnit(DurationUnit durationUnit) {
        this.durationUnit = durationUnit == null ? DurationUnit.DAYS : durationUnit;
    }

    public String getRequiredDocumentsAr() {
        return requiredDocumentsAr;
    }

    public void setRequiredDocumentsAr(String requiredDocumentsAr) {
        this.requiredDocumentsAr = requiredDocumentsAr;
    }

    public String getRequiredDocumentsEn() {
        return requiredDocumentsEn;
    }

    public void setRequiredDocumentsEn(String requiredDocumentsEn) {
        this.requiredDocumentsEn = requiredDocumentsEn;
    }

    public List<String> getEligibleSegments() {
        return eligibleSegments;
    }

    public void setEligibleSegments(List<String> eligibleSegments) {
        this.eligibleSegments = eligibleSegments == null ? new ArrayList<>() : eligibleSegments;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isPublicService() {
        return publicService;
    }

    public void setPublicService(boolean publicService) {
        this.publicService = publicService;
    }
}
