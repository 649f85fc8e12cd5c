package sa.silah.catalog.web;

/** How the service form takes a standard duration: a whole number of business days or business hours. */
public enum DurationUnit {
    DAYS,
    HOURS
}
