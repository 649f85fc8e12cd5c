package sa.silah.portal.web;

import java.util.HashMap;
import java.util.Map;

/**
 * The answers the beneficiary types, by question code; a multiple choice arrives as several values of one name and is
 * bound comma-separated, as the assessment keeps it.
 */
public class PortalAssessmentForm {

    private Map<String, String> answers = new HashMap<>();

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers == null ? new HashMap<>() : answers;
    }
}
