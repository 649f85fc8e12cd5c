package sa.silah.outreach;

/**
 * What counts as being in contact with a beneficiary, in SQL over casework's {@code interaction} table (read-only,
 * alias {@code i}): any contact on their timeline except staff's internal notes and calls that did not reach them
 * (no answer, busy, wrong number).
 */
final class Contacts {

    static final String REACHED = " i.internal = false and (i.call_outcome is null"
            + " or i.call_outcome not in ('NO_ANSWER', 'BUSY', 'WRONG_NUMBER')) ";

    /** The latest contact with the beneficiary whose id is the SQL expression given. */
    static String lastContactOf(String beneficiaryId) {
        return "(select max(i.occurred_at) from interaction i where i.beneficiary_id = " + beneficiaryId + " and"
                + REACHED + ")";
    }

    private Contacts() {
    }
}
