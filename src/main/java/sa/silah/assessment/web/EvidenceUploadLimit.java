package sa.silah.assessment.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import sa.silah.shared.web.UploadLimitFilter;

/**
 * Evidence over the multipart limit comes back as the empty assessment form with the problem at its top (nothing of
 * the refused body is read, so not even the answers), or as a 413 problem from the API.
 */
@Component
class EvidenceUploadLimit extends UploadLimitFilter {

    static final String PROBLEMS = "evidenceLimitProblems";

    private static final Pattern UPLOAD = Pattern.compile("/beneficiaries/([^/]+)/assessments/?");

    EvidenceUploadLimit(Collaborators collaborators) {
        super(collaborators, UPLOAD, "file", "assessment.evidence.tooLarge", PROBLEMS);
    }

    @Override
    protected String pageFor(Matcher upload, HttpServletRequest request) {
        return "/beneficiaries/" + upload.group(1) + "/assessments/new";
    }
}
