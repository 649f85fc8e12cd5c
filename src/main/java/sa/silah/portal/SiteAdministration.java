package sa.silah.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.EmailAddress;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;

/** Reads and changes how the public site presents the association. */
@Service
@Transactional
public class SiteAdministration {

    private final SiteSettingsRecords settings;
    private final SiteProperties properties;
    private final Clock clock;

    SiteAdministration(SiteSettingsRecords settings, SiteProperties properties, Clock clock) {
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SiteSettings current() {
        return settings.findById(SiteSettings.ONLY_ROW).orElseThrow();
    }

    public SiteSettings update(SiteDetails details, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "nameAr", details.nameAr(), 200);
        limit(problems, "nameEn", details.nameEn(), 200);
        limit(problems, "introductionAr", details.introductionAr(), 2000);
        limit(problems, "introductionEn", details.introductionEn(), 2000);
        limit(problems, "phone", details.phone(), 30);
        limit(problems, "addressAr", details.addressAr(), 500);
        limit(problems, "addressEn", details.addressEn(), 500);
        if (details.email() != null && !details.email().isBlank()) {
            try {
                EmailAddress.parse(details.email());
            }
            catch (InvalidValueException invalid) {
                problems.add(new FieldProblem("email", "site.email.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        SiteSettings current = current();
        current.change(details, actor, clock.instant());
        return settings.save(current);
    }

    /** Replaces the logo with a PNG or JPEG image no larger than the configured size. */
    public SiteSettings changeLogo(byte[] image, String actor) {
        if (image.length == 0) {
            throw new InvalidFieldsException(List.of(new FieldProblem("logo", "site.logo.empty")));
        }
        if (image.length > properties.maxLogoSize().toBytes()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("logo", "site.logo.tooLarge")));
        }
        SiteLogo.Type type = SiteLogo.Type.of(image)
                .orElseThrow(() -> new InvalidFieldsException(List.of(new FieldProblem("logo", "site.logo.wrongType"))));
        SiteSettings current = current();
        current.changeLogo(image, type, actor, clock.instant());
        return settings.save(current);
    }

    @Transactional(readOnly = true)
    public Optional<SiteLogo> logo() {
        SiteSettings current = current();
        return current.hasLogo() ? Optional.of(new SiteLogo(current.getLogo(), SiteLogo.Type.valueOf(current.getLogoType())))
                : Optional.empty();
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "site.field.required"));
        }
        else {
            limit(problems, field, value, max);
        }
    }

    private static void limit(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
    }
}
