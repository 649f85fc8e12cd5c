package sa.silah.governance;

/** A version was asked to move where its status does not lead, or a draft's text to change after the draft. */
public class PolicyTransitionException extends RuntimeException {

    private final PolicyStatus from;
    private final PolicyStatus to;

    public PolicyTransitionException(PolicyStatus from, PolicyStatus to) {
        super("a " + from + " policy version cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public PolicyStatus from() {
        return from;
    }

    public PolicyStatus to() {
        return to;
    }
}
