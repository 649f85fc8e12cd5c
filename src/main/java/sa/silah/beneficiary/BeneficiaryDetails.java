package sa.silah.beneficiary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import sa.silah.shared.ArabicText;
import sa.silah.shared.EmailAddress;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;

/**
 * What staff (or another system, through the API) say about a beneficiary. {@link #check(LocalDate)} turns
 * it into {@link Checked} values or refuses it with every field problem at once.
 *
 * <p>Fields that do not apply to the type are ignored: a person has no registration number, an
 * organisation no national ID, gender or birth date.
 */
public record BeneficiaryDetails(BeneficiaryType type, String fullName, String latinName, String nationalId,
        Gender gender, LocalDate birthDate, String nationality, String city, OrganizationType organizationType,
        String registrationNumber, String contactPerson, String mobile, String email, ContactChannel preferredChannel,
        List<String> segments, String language, Set<ContactChannel> optOuts) {

    static final int MAX_NAME = 300;
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Za-z0-9/-]{3,40}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** The languages messages are written in; Arabic when none is given. */
    public static final List<String> LANGUAGES = List.of("ar", "en");

    public BeneficiaryDetails {
        segments = segments == null ? List.of() : List.copyOf(segments);
        optOuts = optOuts == null ? Set.of() : Set.copyOf(optOuts);
    }

    /** Details without a language or opt-outs: Arabic, every channel allowed. */
    public BeneficiaryDetails(BeneficiaryType type, String fullName, String latinName, String nationalId,
            Gender gender, LocalDate birthDate, String nationality, String city, OrganizationType organizationType,
            String registrationNumber, String contactPerson, String mobile, String email,
            ContactChannel preferredChannel, List<String> segments) {
        this(type, fullName, latinName, nationalId, gender, birthDate, nationality, city, organizationType,
                registrationNumber, contactPerson, mobile, email, preferredChannel, segments, null, null);
    }

    /** Details whose values passed every rule that needs no database. */
    record Checked(BeneficiaryType type, String fullName, String latinName, NationalId nationalId, Gender gender,
            LocalDate birthDate, String nationality, String city, OrganizationType organizationType,
            String registrationNumber, String contactPerson, SaudiMobile mobile, String email,
            ContactChannel preferredChannel, Set<String> segmentCodes, String language, Set<ContactChannel> optOuts) {
    }

    Checked check(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "beneficiary.type.required"));
        }
        String name = text(fullName, MAX_NAME, "fullName", problems);
        if (name == null) {
            problems.add(new FieldProblem("fullName", "beneficiary.fullName.required"));
        }
        String latin = text(latinName, MAX_NAME, "latinName", problems);
        String cityName = text(city, 100, "city", problems);
        SaudiMobile phone = parse("mobile", problems, () -> blank(mobile) ? null : SaudiMobile.parse(mobile));
        String mail = email(problems);
        boolean person = type == BeneficiaryType.INDIVIDUAL;
        boolean organisation = type == BeneficiaryType.ORGANIZATION;

        NationalId id = person ? parse("nationalId", problems, () -> blank(nationalId) ? null : NationalId.of(nationalId)) : null;
        LocalDate born = person ? birthDate(today, problems) : null;
        String country = person ? nationality(id, problems) : null;

        String registration = organisation ? registrationNumber(problems) : null;
        if (organisation && organizationType == null) {
            problems.add(new FieldProblem("organizationType", "beneficiary.organizationType.required"));
        }
        String contact = organisation ? text(contactPerson, 200, "contactPerson", problems) : null;

        ContactChannel channel = preferredChannel(phone, mail, problems);
        String messageLanguage = blank(language) ? LANGUAGES.get(0) : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(messageLanguage)) {
            problems.add(new FieldProblem("language", "beneficiary.language.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new Checked(type, name, latin, id, person ? gender : null, born, country, cityName,
                organisation ? organizationType : null, registration, contact, phone, mail, channel,
                new LinkedHashSet<>(segments.stream().filter(code -> !blank(code)).map(String::strip).toList()),
                messageLanguage, optOuts);
    }

    private LocalDate birthDate(LocalDate today, List<FieldProblem> problems) {
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(EARLIEST_BIRTH))) {
            problems.add(new FieldProblem("birthDate", "beneficiary.birthDate.invalid"));
        }
        return birthDate;
    }

    private String nationality(NationalId id, List<FieldProblem> problems) {
        if (blank(nationality)) {
            return id != null && id.isCitizen() ? "SA" : null;
        }
        String code = nationality.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            problems.add(new FieldProblem("nationality", "beneficiary.nationality.invalid"));
        }
        else if (id != null && id.isCitizen() && !"SA".equals(code)) {
            problems.add(new FieldProblem("nationality", "beneficiary.nationality.citizenMismatch"));
        }
        return code;
    }

    private String registrationNumber(List<FieldProblem> problems) {
        if (blank(registrationNumber)) {
            problems.add(new FieldProblem("registrationNumber", "beneficiary.registrationNumber.required"));
            return null;
        }
        String value = ArabicText.toAsciiDigits(registrationNumber.strip());
        if (!REGISTRATION_NUMBER.matcher(value).matches()) {
            problems.add(new FieldProblem("registrationNumber", "beneficiary.registrationNumber.invalid"));
        }
        return value;
    }

    private String email(List<FieldProblem> problems) {
        if (blank(email)) {
            return null;
        }
        EmailAddress address = parse("email", problems, () -> EmailAddress.parse(email));
        return address == null ? null : address.value();
    }

    private ContactChannel preferredChannel(SaudiMobile phone, String mail, List<FieldProblem> problems) {
        if (preferredChannel == null) {
            return phone != null ? ContactChannel.SMS : mail != null ? ContactChannel.EMAIL : null;
        }
        boolean reachable = preferredChannel == ContactChannel.EMAIL ? mail != null : phone != null;
        if (!reachable) {
            problems.add(new FieldProblem("preferredChannel", "beneficiary.preferredChannel.unreachable"));
        }
        return preferredChannel;
    }

    private static String text(String value, int max, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        String collapsed = String.join(" ", Arrays.asList(value.strip().split("\\s+")));
        if (collapsed.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
        return collapsed;
    }

    private static <T> T parse(String field, List<FieldProblem> problems, Supplier<T> parser) {
        try {
            return parser.get();
        }
        catch (InvalidValueException invalid) {
            problems.add(new FieldProblem(field, invalid.messageKey()));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
