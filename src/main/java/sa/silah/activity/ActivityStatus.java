package sa.silah.activity;

/**
 * A draft is seen by staff only; a published activity is listed and open for registration in its window; a cancelled
 * one takes no registrations and its registrants are told.
 */
public enum ActivityStatus {
    DRAFT, PUBLISHED, CANCELLED
}
