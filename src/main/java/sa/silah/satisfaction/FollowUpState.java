package sa.silah.satisfaction;

/** Which follow-ups a list shows: the open ones, the open ones past their due time, or the closed ones. */
public enum FollowUpState {
    OPEN, OVERDUE, CLOSED
}
