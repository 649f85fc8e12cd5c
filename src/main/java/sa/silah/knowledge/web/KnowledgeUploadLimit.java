package sa.silah.knowledge.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import sa.silah.shared.web.UploadLimitFilter;

/**
 * A document over the multipart limit comes back as the page it was sent from with the problem beside the file
 * field (the new document's form, or the document's page for a new version), or as a 413 problem naming
 * {@code file} through the API.
 */
@Component
class KnowledgeUploadLimit extends UploadLimitFilter {

    /** The new document's form, a document's new version, and the API's two uploads. */
    private static final Pattern UPLOAD = Pattern.compile(
            "/knowledge/documents/?|/knowledge/documents/(\\d+)/versions/?|(/api/v1/knowledge/documents(/\\d+/versions)?/?)");

    KnowledgeUploadLimit(Collaborators collaborators) {
        super(collaborators, UPLOAD, "file", "knowledge.file.tooLarge", KnowledgeDocumentController.FILE_PROBLEMS);
    }

    @Override
    protected String pageFor(Matcher upload, HttpServletRequest request) {
        if (upload.group(2) != null) {
            return null;
        }
        return upload.group(1) != null ? "/knowledge/documents/" + upload.group(1) : "/knowledge/documents/new";
    }
}
