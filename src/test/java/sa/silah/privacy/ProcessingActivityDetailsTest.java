package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.audit.FieldChange;
import sa.silah.shared.InvalidFieldsException;

/** The rules of an entry of the record of processing activities, and what its changes tell the audit trail. */
class ProcessingActivityDetailsTest {

    static ProcessingActivityDetails details(boolean abroad, String destination, String safeguard) {
        return new ProcessingActivityDetails("الإشعارات", null, "إبلاغ المستفيد بحالة طلبه", LegalBasis.SERVICE,
                "المستفيدون", EnumSet.of(DataCategory.CONTACT), null, "سنة", abroad, destination, safeguard, null,
                "تقنية المعلومات", null);
    }

    @Test
    void aTransferAbroadNeedsADestinationAndASafeguard() {
        assertThatThrownBy(() -> details(true, " ", null).check())
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field())
                        .containsExactly("transferDestination", "transferSafeguard"));
    }

    @Test
    void withoutATransferTheDestinationIsNotKept() {
        ProcessingActivity activity = new ProcessingActivity(details(false, "إيرلندا", "بنود تعاقدية").check(),
                "admin", Instant.parse("2026-11-01T09:00:00Z"));

        assertThat(activity.getTransferDestination()).isNull();
        assertThat(activity.getTransferSafeguard()).isNull();
    }

    @Test
    void requiredFieldsAreNamed() {
        ProcessingActivityDetails empty = new ProcessingActivityDetails(null, null, null, null, null, null, null, null,
                false, null, null, null, null, null);

        assertThatThrownBy(empty::check).isInstanceOfSatisfying(InvalidFieldsException.class,
                invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field()).containsExactly(
                        "nameAr", "purpose", "legalBasis", "dataSubjects", "dataCategories", "retentionPeriod",
                        "ownerDepartment"));
    }

    @Test
    void aChangeListsOnlyTheFieldsThatChanged() {
        ProcessingActivity activity = new ProcessingActivity(details(false, null, null).check(), "admin",
                Instant.parse("2026-11-01T09:00:00Z"));

        List<FieldChange> changes = activity.change(details(true, "إيرلندا", "بنود تعاقدية").check(), "admin",
                Instant.parse("2026-11-02T09:00:00Z"));

        assertThat(changes).containsExactly(new FieldChange("transfersAbroad", "false", "true"),
                new FieldChange("transferDestination", null, "إيرلندا"),
                new FieldChange("transferSafeguard", null, "بنود تعاقدية"));
    }
}
