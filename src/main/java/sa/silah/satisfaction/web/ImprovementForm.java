package sa.silah.satisfaction.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.satisfaction.ImprovementDetails;

/** The page form of an improvement. */
public class ImprovementForm {

    private String textAr;

    private String textEn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate madeOn;

    private Long serviceId;

    static ImprovementForm of(ImprovementDetails details) {
        ImprovementForm form = new ImprovementForm();
        form.textAr = details.textAr();
        form.textEn = details.textEn();
        form.madeOn = details.madeOn();
        form.serviceId = details.serviceId();
        return form;
    }

    ImprovementDetails toDetails() {
        return new ImprovementDetails(textAr, textEn, madeOn, serviceId);
    }

    public String getTextAr() {
        return textAr;
    }

    public void setTextAr(String textAr) {
        this.textAr = textAr;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }
}
