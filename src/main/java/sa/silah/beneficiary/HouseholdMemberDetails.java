package sa.silah.beneficiary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;

/**
 * A member of a beneficiary's household as staff record them. When the member's national ID belongs to a
 * registered beneficiary, the member is linked to that record.
 */
public record HouseholdMemberDetails(String fullName, Relation relation, LocalDate birthDate, String nationalId,
        Boolean dependent) {

    HouseholdMember toMember(LocalDate today, Function<NationalId, Optional<UUID>> registeredAs) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fullName == null || fullName.isBlank() || fullName.length() > BeneficiaryDetails.MAX_NAME) {
            problems.add(new FieldProblem("fullName", "beneficiary.fullName.required"));
        }
        if (relation == null) {
            problems.add(new FieldProblem("relation", "household.relation.required"));
        }
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "beneficiary.birthDate.invalid"));
        }
        NationalId id = null;
        if (nationalId != null && !nationalId.isBlank()) {
            try {
                id = NationalId.of(nationalId);
            }
            catch (InvalidValueException invalid) {
                problems.add(new FieldProblem("nationalId", invalid.messageKey()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        UUID linked = id == null ? null : registeredAs.apply(id).orElse(null);
        return new HouseholdMember(fullName.strip(), relation, birthDate, id, Boolean.TRUE.equals(dependent), linked);
    }
}
