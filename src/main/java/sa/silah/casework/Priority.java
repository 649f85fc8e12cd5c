package sa.silah.casework;

/** How urgent a request is; the inbox sorts by due time, then by priority. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
