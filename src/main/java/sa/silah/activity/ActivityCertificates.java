package sa.silah.activity;

import static sa.silah.shared.ArabicPdf.HEADING_SIZE;
import static sa.silah.shared.ArabicPdf.TEXT_SIZE;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.shared.ArabicPdf;
import sa.silah.shared.Dates;
import sa.silah.shared.FileDownload;
import sa.silah.shared.RecordNotFoundException;

/**
 * Certificates of attendance, as A4 PDFs in the attendee's language: the association's name, the attendee's, the
 * activity's title and dates (Gregorian and Hijri) and the certificate's number. The number is given on the first
 * download and kept, so every later copy carries the same one; its random part makes numbers impossible to guess from
 * one another.
 */
@Service
@Transactional
public class ActivityCertificates {

    public static final String MEDIA_TYPE = "application/pdf";

    /** Crockford's base-32 letters: no I, L, O or U to misread when a number is typed from paper. */
    private static final char[] LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int RANDOM_LETTERS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ArabicPdf pdf = new ArabicPdf();
    private final Registrations registrations;
    private final Activities activities;
    private final BeneficiaryRegistry registry;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;
    private final String associationName;

    ActivityCertificates(Registrations registrations, Activities activities, BeneficiaryRegistry registry,
            MessageSource messages, Dates dates, Clock clock,
            @Value("${silah.association-name:الجمعية الأهلية}") String associationName) {
        this.registrations = registrations;
        this.activities = activities;
        this.registry = registry;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
        this.associationName = associationName;
    }

    /**
     * The certificate of an attendee.
     *
     * @throws ActivityStateException when the activity gives no certificate or the registrant did not attend
     */
    public FileDownload certificateOf(UUID registrationId) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new RecordNotFoundException("activity registration", registrationId));
        Activity activity = activities.findById(registration.getActivityId()).orElseThrow();
        if (!activity.isGivesCertificate()) {
            throw new ActivityStateException("activity.certificate.none");
        }
        String number = registration.certificateNumber(this::newNumber);
        Beneficiary attendee = registry.find(registration.getBeneficiaryId()).orElseThrow();
        byte[] document = render(activity, attendee, number);
        return new FileDownload("certificate-" + number + ".pdf", MEDIA_TYPE, new ByteArrayResource(document));
    }

    private byte[] render(Activity activity, Beneficiary attendee, String number) {
        String language = "en".equals(attendee.getLanguage()) ? "en" : "ar";
        Locale locale = Locale.forLanguageTag(language);
        String title = activity.title(language);
        return pdf.write(message("activity.certificate.pdf.title", locale) + " — " + title, associationName,
                !"en".equals(language), sheet -> {
                    sheet.centered(associationName, HEADING_SIZE);
                    sheet.rule();
                    sheet.centered(message("activity.certificate.pdf.title", locale), HEADING_SIZE);
                    sheet.space();
                    sheet.paragraph(message("activity.certificate.pdf.statement", locale, associationName,
                            attendee.getFullName(), title), TEXT_SIZE);
                    sheet.paragraph(when(activity, locale), TEXT_SIZE);
                    if (activity.getPlace() != null) {
                        sheet.paragraph(message("activity.certificate.pdf.place", locale, activity.getPlace()), TEXT_SIZE);
                    }
                    sheet.space();
                    sheet.paragraph(message("activity.certificate.pdf.number", locale, number), TEXT_SIZE);
                    sheet.paragraph(message("activity.certificate.pdf.issued", locale,
                            dates.date(LocalDate.ofInstant(clock.instant(), Dates.RIYADH), locale)), TEXT_SIZE);
                    sheet.space();
                    sheet.paragraph(message("activity.certificate.pdf.signedFor", locale, associationName), TEXT_SIZE);
                });
    }

    /** One day, or the first and last day of an activity spanning several, each Gregorian with its Hijri date. */
    private String when(Activity activity, Locale locale) {
        LocalDate first = LocalDate.ofInstant(activity.getStartsAt(), Dates.RIYADH);
        LocalDate last = LocalDate.ofInstant(activity.getEndsAt(), Dates.RIYADH);
        return first.equals(last) ? message("activity.certificate.pdf.on", locale, dates.date(first, locale))
                : message("activity.certificate.pdf.fromTo", locale, dates.date(first, locale), dates.date(last, locale));
    }

    /** CRT-&lt;Hijri year&gt;-&lt;ten random letters&gt;, such as CRT-1448-7KQ2M9XD4F. */
    private String newNumber() {
        StringBuilder number = new StringBuilder("CRT-").append(hijriYear()).append('-');
        for (int i = 0; i < RANDOM_LETTERS; i++) {
            number.append(LETTERS[RANDOM.nextInt(LETTERS.length)]);
        }
        return number.toString();
    }

    private int hijriYear() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.RIYADH);
        try {
            return HijrahChronology.INSTANCE.date(today).get(ChronoField.YEAR);
        }
        catch (DateTimeException outsideUmmAlQura) {
            return today.getYear();
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
