package sa.silah.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field of a record before and after a change; {@code null} where there was or is no value. */
public record FieldChange(String field, String oldValue, String newValue) {

    /** The fields whose value differs between two snapshots of a record, in the order of {@code after}. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, now) -> {
            if (!Objects.equals(before.get(field), now)) {
                changes.add(new FieldChange(field, before.get(field), now));
            }
        });
        return changes;
    }
}
