package sa.silah.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;

import sa.silah.shared.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an upload larger than the multipart limit ({@code spring.servlet.multipart.max-request-size}) like
 * any other refused file: the page again with the problem beside the file field, or a 413 problem naming the
 * field. A module guards its upload routes with a small subclass naming the routes, the field, the message and
 * the page that shows the problem.
 * <p>
 * This has to happen before Spring Security: its CSRF check reads the form's token, which makes the servlet
 * container parse the oversized multipart body and fail with an exception no controller sees. So the filter
 * answers uploads whose declared length is over the limit, first reading (and discarding) a bounded amount of
 * the body, because a browser that is cut off while sending shows a reset connection instead of the answer. An
 * upload without a declared length (browsers always declare it) that turns out too large reaches the same
 * answers through {@link MaxUploadSizeExceededException} and {@link TooLargeWhileReading}.
 */
public abstract class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Before Spring Security's filters (-100). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    /** How much of an oversized upload is read so that the browser sees the answer, in multiples of the limit. */
    private static final long DRAIN_FACTOR = 10;

    private final Collaborators collaborators;
    private final Pattern uploads;
    private final String field;
    private final String messageKey;
    private final String flashAttribute;

    /**
     * @param uploads the paths (without the context path) of the multipart POSTs this filter guards
     * @param field the name of the file field, named in the problem
     * @param messageKey the message shown beside the field and in the problem
     * @param flashAttribute the model attribute in which the page finds the problems, as {@link FieldProblem}s
     */
    protected UploadLimitFilter(Collaborators collaborators, Pattern uploads, String field, String messageKey,
            String flashAttribute) {
        this.collaborators = collaborators;
        this.uploads = uploads;
        this.field = field;
        this.messageKey = messageKey;
        this.flashAttribute = flashAttribute;
    }

    /**
     * The page, with its query if it needs one, that shows the problem of an upload to this path; {@code null}
     * for an upload through the API, which is answered with a 413 problem.
     *
     * @param upload the path matched by this filter's pattern, for its groups
     * @param request the refused upload, for its query string; never its parameters, which would make the
     *        container parse the refused body
     */
    protected abstract String pageFor(Matcher upload, HttpServletRequest request);

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Whether this filter guards the path of this request, whatever its method and size. */
    boolean guards(HttpServletRequest request) {
        return uploads.matcher(pathOf(request)).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getContentType() == null
                || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/") || !guards(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = collaborators.limit();
        long length = request.getContentLengthLong();
        if (limit < 0 || length <= limit) {
            chain.doFilter(request, response);
            return;
        }
        if (length <= limit * DRAIN_FACTOR) {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        refuse(request, response);
    }

    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher upload = uploads.matcher(pathOf(request));
        upload.matches();
        String page = pageFor(upload, request);
        if (page == null) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Locale locale = collaborators.locales().resolveLocale(request);
            collaborators.json().writeValue(response.getOutputStream(), problem(request.getRequestURI(), locale));
            return;
        }
        String target = request.getContextPath() + page;
        if (request.getSession(false) != null) {
            FlashMap flash = new FlashMap();
            flash.put(flashAttribute, List.of(new FieldProblem(field, messageKey)));
            flash.setTargetRequestPath(UriComponentsBuilder.fromUriString(target).build().getPath());
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(target);
    }

    /** The problem as the API's other refusals write it (RFC 9457 with the offending field in errors). */
    private Map<String, Object> problem(String instance, Locale locale) {
        String message = collaborators.messages().getMessage(messageKey, null, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", collaborators.messages().getMessage("problem.invalid.title", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", message);
        problem.put("instance", instance);
        problem.put("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** What every upload limit needs to answer, in one bean so that a module's filter takes one argument. */
    @Component
    public record Collaborators(ObjectProvider<MultipartConfigElement> multipart, MessageSource messages,
            LocaleResolver locales, JsonMapper json) {

        long limit() {
            MultipartConfigElement config = multipart.getIfAvailable();
            return config == null ? -1 : config.getMaxRequestSize();
        }
    }

    /**
     * The same answers when the container finds an upload too large only while reading it. The exception comes
     * before any controller is chosen, so one advice serves every module's guarded routes and leaves any other
     * upload to Spring's default handling.
     */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooLargeWhileReading {

        private final List<UploadLimitFilter> limits;

        TooLargeWhileReading(List<UploadLimitFilter> limits) {
            this.limits = limits;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        void tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
                HttpServletResponse response) throws MaxUploadSizeExceededException, IOException {
            UploadLimitFilter limit = limits.stream().filter(candidate -> candidate.guards(request)).findFirst()
                    .orElseThrow(() -> exception);
            limit.refuse(request, response);
        }
    }
}
