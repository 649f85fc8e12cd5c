package sa.silah.letters;

/** Whether a letter reached the association or the association sent it; each has its own numbering. */
public enum LetterDirection {

    INCOMING("IN"), OUTGOING("OUT");

    private final String prefix;

    LetterDirection(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of the direction's letter numbers: {@code IN} or {@code OUT}. */
    public String prefix() {
        return prefix;
    }
}
