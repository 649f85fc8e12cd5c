package sa.silah.letters.web;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import sa.silah.letters.LetterDirection;
import sa.silah.shared.web.UploadLimitFilter;

/**
 * A scan over the multipart limit comes back as the page it was sent from with the problem beside the file
 * field (the new letter's form, or the letter's page), or as a 413 problem naming {@code file}. The new
 * letter's form carries its direction in its address, since nothing of the refused body is read.
 */
@Component
class LetterScanUploadLimit extends UploadLimitFilter {

    /** The new letter's form, a letter's page and the API's scan upload. */
    private static final Pattern UPLOAD = Pattern.compile("/letters/?|/letters/([^/]+)/file/?|/api/v1/letters/([^/]+)/file/?");

    LetterScanUploadLimit(Collaborators collaborators) {
        super(collaborators, UPLOAD, "file", "letter.scan.tooLarge", LetterController.SCAN_PROBLEMS);
    }

    @Override
    protected String pageFor(Matcher upload, HttpServletRequest request) {
        if (upload.group(2) != null) {
            return null;
        }
        if (upload.group(1) != null) {
            return "/letters/" + upload.group(1);
        }
        // Not getParameter: on a multipart request the container would parse the refused body to answer it.
        String direction = request.getQueryString() == null ? null
                : UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                        .getFirst("direction");
        return Arrays.stream(LetterDirection.values()).map(Enum::name).filter(name -> name.equals(direction))
                .findFirst().map(name -> "/letters/new?direction=" + name).orElse("/letters/new");
    }
}
