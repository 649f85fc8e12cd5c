package sa.silah.knowledge.web;

import org.springframework.web.multipart.MultipartFile;

import sa.silah.knowledge.DocumentDetails;
import sa.silah.knowledge.DocumentType;
import sa.silah.knowledge.KnowledgeDocument;
import sa.silah.knowledge.Visibility;

/** A document's description as typed on the page, with the file when one is being uploaded. */
public class DocumentForm {

    private DocumentType type;
    private String titleAr;
    private String titleEn;
    private Integer year;
    private Visibility visibility;
    private MultipartFile file;

    static DocumentForm of(KnowledgeDocument document) {
        DocumentForm form = new DocumentForm();
        form.type = document.getType();
        form.titleAr = document.getTitleAr();
        form.titleEn = document.getTitleEn();
        form.year = document.getYear();
        form.visibility = document.getVisibility();
        return form;
    }

    DocumentDetails toDetails() {
        return new DocumentDetails(type, titleAr, titleEn, year, visibility);
    }

    /** Whether a file was chosen: a browser sends an empty part with no name when none was. */
    static boolean isChosen(MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
