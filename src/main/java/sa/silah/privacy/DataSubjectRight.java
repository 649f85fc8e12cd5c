package sa.silah.privacy;

/** What a data subject may ask of the association under the PDPL. */
public enum DataSubjectRight {
    /** To be told what is kept about them, why, and on what legal basis. */
    INFORM,
    /** To see their data. */
    ACCESS,
    /** To receive a copy of their data in a readable and a machine-readable form. */
    COPY,
    /** To have wrong or incomplete data corrected. */
    CORRECT,
    /** To have their data destroyed (anonymised), unless a legal hold keeps it. */
    DESTROY;

    /** Whether answering hands over the copy of everything held about the person. */
    public boolean handsOverCopy() {
        return this == ACCESS || this == COPY;
    }

    /** Whether the officer must write what was answered or corrected to complete the request. */
    public boolean needsWrittenResponse() {
        return this == INFORM || this == CORRECT;
    }
}
