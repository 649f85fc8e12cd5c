package sa.silah.letters.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import sa.silah.letters.Letter;
import sa.silah.letters.LetterDirection;
import sa.silah.shared.Dates;

/** A letter as the API shows it; times in Riyadh's offset, the Hijri date beside the Gregorian one. */
record LetterResponse(String number, LetterDirection direction, int hijriYear, LocalDate letterDate,
        String letterDateHijri, String correspondent, String subject, String body, String language,
        String templateCode, UUID beneficiaryId, String requestReference, String registeredBy,
        OffsetDateTime registeredAt, Scan scan) {

    /** The scan of the paper letter, when there is one. */
    record Scan(String contentType, long size, OffsetDateTime uploadedAt) {
    }

    static LetterResponse of(Letter letter, Dates dates) {
        return new LetterResponse(letter.getNumber(), letter.getDirection(), letter.getHijriYear(),
                letter.getLetterDate(), dates.hijri(letter.getLetterDate(), Locale.ENGLISH),
                letter.getCorrespondent(), letter.getSubject(), letter.getBody(), letter.getLanguage(),
                letter.getTemplateCode(), letter.getBeneficiaryId(), letter.getRequestReference(),
                letter.getRegisteredBy(), letter.getRegisteredAt().atZone(Dates.RIYADH).toOffsetDateTime(),
                letter.hasScan() ? new Scan(letter.getScanContentType(), letter.getScanSize(),
                        letter.getScanUploadedAt().atZone(Dates.RIYADH).toOffsetDateTime()) : null);
    }
}
