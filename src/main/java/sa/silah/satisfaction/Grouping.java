package sa.silah.satisfaction;

import java.util.Locale;
import java.util.Optional;

/** What the results can be broken down by, as copied onto each invitation and response. */
public enum Grouping {
    SERVICE("service_id"),
    DEPARTMENT("department_id"),
    CHANNEL("channel"),
    KIND("request_kind"),
    /** A response counts once in each segment its beneficiary belonged to when invited. */
    SEGMENT(null),
    /** Per staff member: only managers see it, only in aggregate and only above the minimum count. */
    STAFF("staff_username");

    private final String column;

    Grouping(String column) {
        this.column = column;
    }

    /** The column of survey_response and survey_invitation holding the group; empty for segments. */
    Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** The grouping named in a query ({@code service}, {@code department}, ...), in any case. */
    public static Optional<Grouping> named(String name) {
        for (Grouping grouping : values()) {
            if (grouping.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name the API and the pages use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
