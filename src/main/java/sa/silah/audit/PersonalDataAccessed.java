package sa.silah.audit;

import java.time.Instant;

/** A member of staff opened a record that holds personal data (the PDPL access log). */
public record PersonalDataAccessed(String subjectType, String subjectId, String actor, String purpose,
        Instant accessedAt) {
}
