package sa.silah.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * Email over SMTP with a text and an HTML part; Arabic mail is laid out right to left. The Message-ID the
 * mail server will see is the provider id.
 */
class SmtpEmail implements Transport {

    private final JavaMailSender mail;
    private final String from;

    SmtpEmail(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String send(Notification message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject() == null ? "" : message.getSubject());
            helper.setText(message.getBody(), html(message));
            mime.saveChanges();
            String id = mime.getMessageID();
            mail.send(mime);
            return id;
        }
        catch (MailAuthenticationException | MessagingException refused) {
            throw new DeliveryFailedException("smtp: " + refused.getClass().getSimpleName(), false, refused);
        }
        catch (MailException failed) {
            throw new DeliveryFailedException("smtp: " + HttpTransports.shortened(failed.getMessage()), false, failed);
        }
    }

    static String html(Notification message) {
        boolean arabic = "ar".equals(message.getLanguage());
        String direction = arabic ? "rtl" : "ltr";
        String text = HtmlUtils.htmlEscape(message.getBody()).replace("\n", "<br>");
        return "<!DOCTYPE html><html lang=\"" + message.getLanguage() + "\" dir=\"" + direction + "\">"
                + "<head><meta charset=\"utf-8\"></head><body dir=\"" + direction + "\" style=\"text-align:"
                + (arabic ? "right" : "left") + ";font-family:Tahoma,Arial,sans-serif\"><p>" + text + "</p></body></html>";
    }

    @Override
    public String name() {
        return "smtp";
    }
}
