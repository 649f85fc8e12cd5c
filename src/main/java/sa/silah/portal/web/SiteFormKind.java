package sa.silah.portal.web;

import java.util.Arrays;
import java.util.Optional;

import sa.silah.casework.RequestKind;

/**
 * The public site's forms, each at {@code /forms/<path>}, and the kind of request each sends. Public so that the
 * form's template can ask it what to show.
 */
public enum SiteFormKind {
    INQUIRY("inquiry", RequestKind.INQUIRY),
    SUGGESTION("suggestion", RequestKind.SUGGESTION),
    COMPLAINT("complaint", RequestKind.COMPLAINT),
    SERVICE("service", RequestKind.SERVICE),
    VOLUNTEERING("volunteer", RequestKind.VOLUNTEERING);

    private final String path;
    private final RequestKind kind;

    SiteFormKind(String path, RequestKind kind) {
        this.path = path;
        this.kind = kind;
    }

    static Optional<SiteFormKind> ofPath(String path) {
        return Arrays.stream(values()).filter(form -> form.path.equals(path)).findFirst();
    }

    public String getPath() {
        return path;
    }

    RequestKind kind() {
        return kind;
    }

    /** Only a complaint may be sent without a name. */
    public boolean mayBeAnonymous() {
        return this == COMPLAINT;
    }

    /** The inquiry, suggestion and complaint forms ask for a subject; the others make it up. */
    public boolean asksForSubject() {
        return this == INQUIRY || this == SUGGESTION || this == COMPLAINT;
    }
}
