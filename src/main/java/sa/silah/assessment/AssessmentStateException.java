package sa.silah.assessment;

/** Only an assessment the beneficiary submitted can be verified or rejected, and only once. */
public class AssessmentStateException extends RuntimeException {

    private final AssessmentStatus status;

    AssessmentStateException(AssessmentStatus status) {
        super("the assessment is " + status);
        this.status = status;
    }

    public AssessmentStatus getStatus() {
        return status;
    }
}
