package sa.silah.casework.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import sa.silah.shared.web.UploadLimitFilter;

/**
 * An attachment over the multipart limit (which follows {@code silah.requests.max-attachment-size}) comes back
 * as the request page with the problem beside the file field, or as a 413 problem naming {@code file}.
 */
@Component
class AttachmentUploadLimit extends UploadLimitFilter {

    private static final Pattern UPLOAD = Pattern.compile("/(api/v1/)?requests/([^/]+)/attachments/?");

    AttachmentUploadLimit(Collaborators collaborators) {
        super(collaborators, UPLOAD, "file", "attachment.tooLarge", "attachmentProblems");
    }

    @Override
    protected String pageFor(Matcher upload, HttpServletRequest request) {
        return upload.group(1) != null ? null : "/requests/" + upload.group(2);
    }
}
