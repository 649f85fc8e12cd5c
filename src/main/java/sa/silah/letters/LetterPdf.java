package sa.silah.letters;

import static sa.silah.shared.ArabicPdf.HEADING_SIZE;
import static sa.silah.shared.ArabicPdf.TEXT_SIZE;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sa.silah.shared.ArabicPdf;
import sa.silah.shared.Dates;

/**
 * An outgoing letter as an A4 PDF: the association's name, the letter's number and date (Gregorian and Hijri),
 * the recipient, the subject, the body and a signature block, in the letter's language, written by
 * {@link ArabicPdf} (Arabic shaped and ordered right to left, the Amiri font embedded).
 */
@Component
class LetterPdf {

    static final String FONT = ArabicPdf.FONT;

    private final ArabicPdf pdf = new ArabicPdf();
    private final MessageSource messages;
    private final Dates dates;
    private final String associationName;

    LetterPdf(MessageSource messages, Dates dates,
            @Value("${silah.association-name:الجمعية الأهلية}") String associationName) {
        this.messages = messages;
        this.dates = dates;
        this.associationName = associationName;
    }

    byte[] render(Letter letter) {
        Locale language = Locale.forLanguageTag(letter.getLanguage());
        boolean arabic = !"en".equals(letter.getLanguage());
        return pdf.write(letter.getNumber() + " — " + letter.getSubject(), associationName, arabic, sheet -> {
            sheet.centered(associationName, HEADING_SIZE);
            sheet.rule();
            sheet.paragraph(message("letter.pdf.number", language, letter.getNumber()), TEXT_SIZE);
            sheet.paragraph(message("letter.pdf.date", language, dates.date(letter.getLetterDate(), language)), TEXT_SIZE);
            sheet.space();
            sheet.paragraph(message("letter.pdf.to", language, letter.getCorrespondent()), TEXT_SIZE);
            sheet.paragraph(message("letter.pdf.subject", language, letter.getSubject()), TEXT_SIZE);
            sheet.space();
            for (String paragraph : paragraphs(letter.getBody())) {
                sheet.paragraph(paragraph, TEXT_SIZE);
            }
            sheet.space();
            sheet.space();
            sheet.paragraph(message("letter.pdf.signedFor", language, associationName), TEXT_SIZE);
            sheet.paragraph(message("letter.pdf.signature", language), TEXT_SIZE);
        });
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static List<String> paragraphs(String body) {
        return body == null ? List.of() : List.of(body.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1));
    }
}
