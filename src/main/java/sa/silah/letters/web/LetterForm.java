package sa.silah.letters.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import sa.silah.letters.LetterDirection;
import sa.silah.letters.NewLetter;

/** The page form of a new letter; the register checks it (see {@link NewLetter}). */
public class LetterForm {

    private LetterDirection direction;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate letterDate;

    private String correspondent;

    private String subject;

    private String body;

    private String language;

    private String templateCode;

    private UUID beneficiaryId;

    private String requestReference;

    /** The scan, when one is chosen. */
    private MultipartFile file;

    NewLetter toNewLetter() {
        return new NewLetter(direction, letterDate, correspondent, subject, body, language, templateCode, beneficiaryId,
                requestReference);
    }

    boolean hasFile() {
        return isChosen(file);
    }

    /** A file input left empty still sends a part, with no name and no bytes. */
    static boolean isChosen(MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public LetterDirection getDirection() {
        return direction;
    }

    public void setDirection(LetterDirection direction) {
        this.direction = direction;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getCorrespondent() {
        return correspondent;
    }

    public void setCorrespondent(String correspondent) {
        this.correspondent = correspondent;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public void setBeneficiaryId(UUID beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    public String getRequestReference() {
        return requestReference;
    }

    public void setRequestReference(String requestReference) {
        this.requestReference = requestReference;
    }
}
