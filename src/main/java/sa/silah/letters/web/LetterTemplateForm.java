package sa.silah.letters.web;

import sa.silah.letters.LetterTemplate;

/** The page form of a template's wording. */
public class LetterTemplateForm {

    private String nameAr;

    private String nameEn;

    private String subjectAr;

    private String subjectEn;

    private String bodyAr;

    private String bodyEn;

    static LetterTemplateForm of(LetterTemplate.Wording wording) {
        LetterTemplateForm form = new LetterTemplateForm();
        form.nameAr = wording.nameAr();
        form.nameEn = wording.nameEn();
        form.subjectAr = wording.subjectAr();
        form.subjectEn = wording.subjectEn();
        form.bodyAr = wording.bodyAr();
        form.bodyEn = wording.bodyEn();
        return form;
    }

    LetterTemplate.Wording toWording() {
        return new LetterTemplate.Wording(nameAr, nameEn, subjectAr, subjectEn, bodyAr, bodyEn);
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

    public String getSubjectAr() {
        return subjectAr;
    }

    public void setSubjectAr(String subjectAr) {
        this.subjectAr = subjectAr;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public String getBodyAr() {
        return bodyAr;
    }

    public void setBodyAr(String bodyAr) {
        this.bodyAr = bodyAr;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }
}
