package sa.silah.reporting;

/** How long open requests have waited since they were submitted, in whole days. */
public enum AgeBand {
    DAYS_0_2(0, 2), DAYS_3_7(3, 7), DAYS_8_14(8, 14), DAYS_15_30(15, 30), DAYS_31_PLUS(31, null);

    private final int fromDays;
    private final Integer toDays;

    AgeBand(int fromDays, Integer toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public int fromDays() {
        return fromDays;
    }

    /** The last day of the band, or null for the oldest band. */
    public Integer toDays() {
        return toDays;
    }
}
