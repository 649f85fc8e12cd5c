package sa.silah.satisfaction.web;

/** What a manager records when closing a follow-up, and whether the beneficiary is told. */
public class FollowUpForm {

    private String outcome;

    private boolean tell;

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public boolean isTell() {
        return tell;
    }

    public void setTell(boolean tell) {
        this.tell = tell;
    }
}
