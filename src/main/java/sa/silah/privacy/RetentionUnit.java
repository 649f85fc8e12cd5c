package sa.silah.privacy;

import java.time.temporal.ChronoUnit;

/** The unit of a retention period, with the longest period a rule may have in it (fifty years). */
public enum RetentionUnit {
    YEARS(ChronoUnit.YEARS, 50), MONTHS(ChronoUnit.MONTHS, 600);

    private final ChronoUnit chronoUnit;
    private final int longest;

    RetentionUnit(ChronoUnit chronoUnit, int longest) {
        this.chronoUnit = chronoUnit;
        this.longest = longest;
    }

    ChronoUnit chronoUnit() {
        return chronoUnit;
    }

    public int longest() {
        return longest;
    }
}
