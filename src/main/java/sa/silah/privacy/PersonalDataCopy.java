package sa.silah.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.Casework;
import sa.silah.casework.Interaction;
import sa.silah.casework.Request;
import sa.silah.letters.Letter;
import sa.silah.letters.LetterQuery;
import sa.silah.letters.LetterRegister;
import sa.silah.shared.ArabicPdf;
import sa.silah.shared.Dates;
import sa.silah.shared.RecordNotFoundException;

/**
 * Everything Silah holds about one beneficiary, as the PDPL's rights of access and to a copy ask: the registry record
 * with household, representatives and consents, their requests with the public timeline, their contacts that are not
 * internal notes, the letters linked to them, their data-subject requests, and the sections other modules keep (the
 * messages sent to them, see {@link PersonalDataSection}). Staff names and internal notes are left out: they are the
 * association's, not the beneficiary's. The portal's "my data" and the answer to an access or copy request both use it.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataCopy {

    /** Far more than any one beneficiary has; a bound so that one download never reads without limit. */
    private static final PageRequest AT_MOST = PageRequest.of(0, 2000);

    private final BeneficiaryRegistry registry;
    private final Casework casework;
    private final LetterRegister letters;
    private final DataSubjectRequestRecords dataSubjectRequests;
    private final List<PersonalDataSection> sections;
    private final Clock clock;
    private final MessageSource messages;
    private final Dates dates;
    private final ArabicPdf pdf = new ArabicPdf();

    PersonalDataCopy(BeneficiaryRegistry registry, Casework casework, LetterRegister letters,
            DataSubjectRequestRecords dataSubjectRequests, List<PersonalDataSection> sections, Clock clock,
            MessageSource messages, Dates dates) {
        this.registry = registry;
        this.casework = casework;
        this.letters = letters;
        this.dataSubjectRequests = dataSubjectRequests;
        this.sections = sections;
        this.clock = clock;
        this.messages = messages;
        this.dates = dates;
    }

    /** The copy of this beneficiary's data, in a stable order of sections. */
    public Map<String, Object> of(UUID beneficiaryId) {
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        List<Request> requests = casework.requestsOfBeneficiary(beneficiaryId, AT_MOST).getContent();
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("exportedAt", clock.instant());
        copy.put("record", record(beneficiary));
        copy.put("household", beneficiary.getHouseholdMembers().stream().map(member -> entries(
                "fullName", member.getFullName(), "relation", member.getRelation(), "birthDate", member.getBirthDate(),
                "nationalId", member.getNationalId())).toList());
        copy.put("representatives", beneficiary.getRepresentatives().stream().map(representative -> entries(
                "fullName", representative.getFullName(), "title", representative.getTitle(),
                "mobile", representative.getMobile(), "email", representative.getEmail())).toList());
        copy.put("consents", beneficiary.getConsents().stream().map(consent -> entries(
                "purpose", consent.getPurpose(), "channel", consent.getChannel(), "givenAt", consent.getGivenAt(),
                "withdrawnAt", consent.getWithdrawnAt(), "privacyNoticeVersion", consent.getPrivacyNoticeVersion()))
                .toList());
        List<DataSubjectRequest> rightsRequests = dataSubjectRequests
                .findByBeneficiaryIdOrderByReceivedAtDesc(beneficiaryId, AT_MOST).getContent();
        copy.put("requests", requests.stream().map(PersonalDataCopy::request).toList());
        copy.put("contacts", casework.timelineOf(beneficiaryId, AT_MOST).stream()
                .filter(contact -> !contact.isInternal()).map(PersonalDataCopy::contact).toList());
        copy.put("letters", letters.list(LetterQuery.ofBeneficiary(beneficiaryId), AT_MOST).stream()
                .map(PersonalDataCopy::letter).toList());
        copy.put("dataSubjectRequests", rightsRequests.stream().map(PersonalDataCopy::rightsRequest).toList());
        List<String> references = new ArrayList<>(requests.stream().map(Request::getReferenceNumber).toList());
        rightsRequests.forEach(rightsRequest -> references.add(rightsRequest.getReference()));
        sections.forEach(section -> copy.put(section.name(), section.of(beneficiaryId, references)));
        return copy;
    }

    /**
     * The same copy as a readable PDF in the reader's language: a heading per section, each item a paragraph of
     * "label: value" lines, dates in both calendars.
     */
    public byte[] pdf(UUID beneficiaryId, Locale language) {
        return pdf(of(beneficiaryId), language);
    }

    /** A copy already made (see {@link #of}) as the readable PDF, so that the JSON and the PDF say the same. */
    public byte[] pdf(Map<String, Object> copy, Locale language) {
        return pdf.write(text("portal.data.title", language), text("portal.name", language),
                !"en".equals(language.getLanguage()), sheet -> {
                    sheet.centered(text("portal.data.title", language), ArabicPdf.HEADING_SIZE);
                    sheet.paragraph(label("exportedAt", language) + ": " + readable(copy.get("exportedAt"), language),
                            ArabicPdf.TEXT_SIZE);
                    sheet.rule();
                    for (Map.Entry<String, Object> section : copy.entrySet()) {
                        if (section.getValue() instanceof Map<?, ?> fields) {
                            sheet.paragraph(text("portal.data.section." + section.getKey(), language), ArabicPdf.HEADING_SIZE);
                            writeFields(sheet, fields, language);
                        }
                        else if (section.getValue() instanceof List<?> items) {
                            sheet.paragraph(text("portal.data.section." + section.getKey(), language), ArabicPdf.HEADING_SIZE);
                            if (items.isEmpty()) {
                                sheet.paragraph(text("portal.data.none", language), ArabicPdf.TEXT_SIZE);
                            }
                            for (Object item : items) {
                                writeFields(sheet, (Map<?, ?>) item, language);
                                sheet.space();
                            }
                        }
                    }
                });
    }

    private void writeFields(ArabicPdf.Sheet sheet, Map<?, ?> fields, Locale language) throws java.io.IOException {
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            if (field.getValue() instanceof List<?> timeline && !timeline.isEmpty() && timeline.get(0) instanceof Map) {
                sheet.paragraph(label((String) field.getKey(), language) + ":", ArabicPdf.TEXT_SIZE);
                for (Object step : timeline) {
                    sheet.paragraph("— " + ((Map<?, ?>) step).entrySet().stream()
                            .filter(part -> part.getValue() != null)
                            .map(part -> readable(part.getValue(), language))
                            .collect(java.util.stream.Collectors.joining(" · ")), ArabicPdf.TEXT_SIZE);
                }
            }
            else if (field.getValue() != null && !(field.getValue() instanceof java.util.Collection<?> empty && empty.isEmpty())) {
                sheet.paragraph(label((String) field.getKey(), language) + ": " + readable(field.getValue(), language),
                        ArabicPdf.TEXT_SIZE);
            }
        }
    }

    private String readable(Object value, Locale language) {
        if (value instanceof Instant instant) {
            LocalDate day = LocalDate.ofInstant(instant, Dates.RIYADH);
            return dates.date(day, language) + " " + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(Dates.RIYADH));
        }
        if (value instanceof LocalDate day) {
            return dates.date(day, language);
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(each -> readable(each, language))
                    .collect(java.util.stream.Collectors.joining("، "));
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "choice.yes" : "choice.no", null, language);
        }
        if (value instanceof Enum<?> code) {
            String type = code.getDeclaringClass().getSimpleName();
            return messages.getMessage(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + code.name(), null,
                    code.name(), language);
        }
        // Bidi puts the plus of +9665… at the far end of an Arabic line; the national form reads the same everywhere.
        String text = String.valueOf(value);
        return text.startsWith("+966") ? SaudiMobile.tryParse(text).map(SaudiMobile::national).orElse(text) : text;
    }

    private String label(String field, Locale language) {
        return messages.getMessage("portal.data.field." + field, null, field, language);
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    private static Map<String, Object> record(Beneficiary b) {
        return entries("id", b.getId(), "type", b.getType(), "fullName", b.getFullName(), "latinName", b.getLatinName(),
                "nationalId", b.getNationalId(), "gender", b.getGender(), "birthDate", b.getBirthDate(),
                "nationality", b.getNationality(), "city", b.getCity(), "organizationType", b.getOrganizationType(),
                "registrationNumber", b.getRegistrationNumber(), "contactPerson", b.getContactPerson(),
                "mobile", b.getMobile(), "email", b.getEmail(), "preferredChannel", b.getPreferredChannel(),
                "language", b.getLanguage(), "optOuts", b.getOptOuts(), "segments", b.segmentCodes(),
                "registeredAt", b.getCreatedAt(), "updatedAt", b.getUpdatedAt());
    }

    private static Map<String, Object> request(Request r) {
        return entries("referenceNumber", r.getReferenceNumber(), "kind", r.getKind(), "channel", r.getChannel(),
                "subject", r.getSubject(), "description", r.getDescription(), "status", r.getStatus(),
                "submittedAt", r.getSubmittedAt(), "dueAt", r.getDueAt(), "closedAt", r.getClosedAt(),
                "timeline", r.getHistory().stream().map(entry -> entries("at", entry.getOccurredAt(),
                        "action", entry.getAction(), "from", entry.getFromStatus(), "to", entry.getToStatus())).toList());
    }

    private static Map<String, Object> contact(Interaction i) {
        return entries("at", i.getOccurredAt(), "type", i.getType(), "channel", i.getChannel(),
                "direction", i.getDirection(), "summary", i.getSummary());
    }

    private static Map<String, Object> rightsRequest(DataSubjectRequest r) {
        return entries("referenceNumber", r.getReference(), "right", r.getRight(), "details", r.getDetails(),
                "status", r.getStatus(), "receivedAt", r.getReceivedAt(), "dueAt", r.getDueAt(),
                "closedAt", r.getClosedAt(), "response", r.getResponse());
    }

    private static Map<String, Object> letter(Letter l) {
        return entries("number", l.getNumber(), "direction", l.getDirection(), "date", l.getLetterDate(),
                "subject", l.getSubject(), "request", l.getRequestReference());
    }

    /** Name–value pairs in order; a missing value is written as null rather than left out. */
    private static Map<String, Object> entries(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
