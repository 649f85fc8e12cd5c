package sa.silah.activity;

/** What sort of programme or activity the annual plan lists. */
public enum ActivityKind {
    TRAINING_COURSE, AWARENESS_SESSION, SEASONAL_PROGRAMME, WORKSHOP, OTHER
}
