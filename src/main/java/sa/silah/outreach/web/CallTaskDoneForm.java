package sa.silah.outreach.web;

/** What the officer writes on closing a call task; kept as typed when refused. */
public class CallTaskDoneForm {

    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
