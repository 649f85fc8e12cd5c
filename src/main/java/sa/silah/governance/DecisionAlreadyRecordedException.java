package sa.silah.governance;

/** A board member's decision on a version is recorded once and never replaced. */
public class DecisionAlreadyRecordedException extends RuntimeException {

    public DecisionAlreadyRecordedException() {
        super("this board member's decision on this version is recorded already");
    }
}
