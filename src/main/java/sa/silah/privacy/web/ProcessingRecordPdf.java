package sa.silah.privacy.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sa.silah.privacy.ProcessingActivity;
import sa.silah.shared.ArabicPdf;
import sa.silah.shared.Dates;

/**
 * The record of processing activities as a PDF in the reader's language: a heading per activity, then a "label: value"
 * paragraph per field, in the order of the printable page.
 */
@Component
class ProcessingRecordPdf {

    private final ArabicPdf pdf = new ArabicPdf();
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    ProcessingRecordPdf(MessageSource messages, Dates dates, Clock clock) {
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    byte[] write(List<ProcessingActivity> activities, Locale language) {
        String title = text("privacy.processing.title", language);
        return pdf.write(title, text("app.name", language), !"en".equals(language.getLanguage()), sheet -> {
            sheet.centered(title, ArabicPdf.HEADING_SIZE);
            sheet.paragraph(text("privacy.processing.printedOn", language) + ": "
                    + dates.date(LocalDate.now(clock.withZone(Dates.RIYADH)), language), ArabicPdf.TEXT_SIZE);
            sheet.rule();
            if (activities.isEmpty()) {
                sheet.paragraph(text("privacy.processing.empty", language), ArabicPdf.TEXT_SIZE);
            }
            for (ProcessingActivity activity : activities) {
                writeActivity(sheet, activity, language);
            }
        });
    }

    private void writeActivity(ArabicPdf.Sheet sheet, ProcessingActivity activity, Locale language)
            throws IOException {
        sheet.keep(ArabicPdf.HEADING_SIZE * 4);
        sheet.paragraph(activity.name(language), ArabicPdf.HEADING_SIZE);
        for (Map.Entry<String, String> field : fields(activity, language).entrySet()) {
            if (field.getValue() != null) {
                sheet.paragraph(text("privacy.processing." + field.getKey(), language) + ": " + field.getValue(),
                        ArabicPdf.TEXT_SIZE);
            }
        }
        sheet.rule();
    }

    private Map<String, String> fields(ProcessingActivity activity, Locale language) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("purpose", activity.getPurpose());
        fields.put("legalBasis", text("privacy.legalBasis." + activity.getLegalBasis(), language));
        fields.put("dataSubjects", activity.getDataSubjects());
        fields.put("dataCategories", activity.getDataCategories().stream().sorted()
                .map(category -> text("privacy.category." + category, language)).collect(Collectors.joining("en".equals(language.getLanguage()) ? ", " : "، ")));
        fields.put("recipients", activity.getRecipients());
        fields.put("retentionPeriod", activity.getRetentionPeriod());
        fields.put("transfersAbroad", activity.isTransfersAbroad()
                ? text("choice.yes", language) + " — " + activity.getTransferDestination() + " — "
                        + activity.getTransferSafeguard()
                : text("choice.no", language));
        fields.put("securityMeasures", activity.getSecurityMeasures());
        fields.put("owner", activity.getOwnerPerson() == null ? activity.getOwnerDepartment()
                : activity.getOwnerDepartment() + " — " + activity.getOwnerPerson());
        fields.put("updated", dates.dateTime(activity.getUpdatedAt(), language) + " — " + activity.getUpdatedBy());
        return fields;
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }
}
