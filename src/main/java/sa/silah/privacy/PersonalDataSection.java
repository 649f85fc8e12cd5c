package sa.silah.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A part of a beneficiary's copy that another module keeps, such as the messages sent to them: that module provides
 * it, so that privacy need not depend on it. Each item is an ordered map of field names (labelled by
 * {@code portal.data.field.<name>}) to values; the section's title is {@code portal.data.section.<name>}.
 */
public interface PersonalDataSection {

    String name();

    /**
     * @param references the numbers of the beneficiary's requests and data-subject requests, which messages and
     *            other records name
     */
    List<Map<String, Object>> of(UUID beneficiaryId, List<String> references);
}
