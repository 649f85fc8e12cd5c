package sa.silah.beneficiary;

import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.EmailAddress;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;

/** A representative of an organisation beneficiary as staff record them. */
public record RepresentativeDetails(String fullName, String title, String mobile, String email) {

    Representative toRepresentative() {
        List<FieldProblem> problems = new ArrayList<>();
        if (fullName == null || fullName.isBlank() || fullName.length() > BeneficiaryDetails.MAX_NAME) {
            problems.add(new FieldProblem("fullName", "beneficiary.fullName.required"));
        }
        if (title != null && title.length() > 200) {
            problems.add(new FieldProblem("title", "validation.tooLong"));
        }
        SaudiMobile phone = null;
        if (mobile != null && !mobile.isBlank()) {
            try {
                phone = SaudiMobile.parse(mobile);
            }
            catch (InvalidValueException invalid) {
                problems.add(new FieldProblem("mobile", invalid.messageKey()));
            }
        }
        String mail = null;
        if (email != null && !email.isBlank()) {
            try {
                mail = EmailAddress.parse(email).value();
            }
            catch (InvalidValueException invalid) {
                problems.add(new FieldProblem("email", invalid.messageKey()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new Representative(fullName.strip(), title == null || title.isBlank() ? null : title.strip(), phone, mail);
    }
}
