package sa.silah.privacy;

/**
 * What the daily job does with a rule: nothing, report what it would do, or do it. A rule starts in
 * {@code DRY_RUN}, so that an administrator reads what it would remove before switching it to {@code ACTIVE}.
 */
public enum RetentionMode {
    OFF, DRY_RUN, ACTIVE
}
