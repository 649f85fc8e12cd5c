package sa.silah.portal.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import sa.silah.shared.web.UploadLimitFilter;

/**
 * A document over the upload limit, sent from the portal, comes back as the page it was sent from with the
 * problem beside the file field, not as a reset connection.
 */
@Component
class PortalUploadLimit extends UploadLimitFilter {

    private static final Pattern UPLOAD = Pattern.compile("/portal/requests/(new|[^/]+/documents)/?");

    PortalUploadLimit(Collaborators collaborators) {
        super(collaborators, UPLOAD, "file", "attachment.tooLarge", "fileProblems");
    }

    @Override
    protected String pageFor(Matcher upload, HttpServletRequest request) {
        String path = upload.group(1);
        return "/portal/requests/" + (path.equals("new") ? "new" : path.substring(0, path.length() - "/documents".length()));
    }
}
