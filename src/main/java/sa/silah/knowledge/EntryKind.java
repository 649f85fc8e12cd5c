package sa.silah.knowledge;

/** A question with its answer: a frequently asked question, or an answer officers reuse. */
public enum EntryKind {
    FAQ, CANNED_ANSWER
}
