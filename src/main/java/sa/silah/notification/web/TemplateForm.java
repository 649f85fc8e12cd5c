package sa.silah.notification.web;

import sa.silah.notification.NotificationTemplate;

/** The texts of one template as the administrator typed them; kept as typed when refused. */
public class TemplateForm {

    private String subject;
    private String body;
    private String whatsappTemplate;

    static TemplateForm of(NotificationTemplate template) {
        TemplateForm form = new TemplateForm();
        form.subject = template.getSubject();
        form.body = template.getBody();
        form.whatsappTemplate = template.getWhatsappTemplate();
        return form;
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

    public String getWhatsappTemplate() {
        return whatsappTemplate;
    }

    public void setWhatsappTemplate(String whatsappTemplate) {
        this.whatsappTemplate = whatsappTemplate;
    }
}
