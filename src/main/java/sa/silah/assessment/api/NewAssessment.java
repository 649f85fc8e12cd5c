package sa.silah.assessment.api;

import java.util.Map;

/**
 * An assessment sent through the API: the form's code ({@code general} when left out), where it was made
 * ({@code INTERVIEW} or {@code HOME_VISIT}) and the answers by question code, as text.
 */
record NewAssessment(String form, String via, Map<String, String> answers) {
}
