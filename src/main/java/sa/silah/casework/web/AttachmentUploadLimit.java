package sa.silah.casework.web;

import java.io.IOException;
import java.io.InputStream;
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

import sa.silah.shared.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * An attachment upload larger than the multipart limit ({@code spring.servlet.multipart.max-request-size},
 * which follows {@code silah.requests.max-attachment-size}) is answered like any other refused file: the
 * request page again with the problem beside the file field, or a 413 problem naming {@code file}.
 * <p>
 * This has to happen before Spring Security: its CSRF check reads the form's token, which makes the
 * servlet container parse the oversized multipart body and fail with an exception no controller sees. So a
 * filter answers uploads whose declared length is over the limit, first reading (and discarding) a bounded
 * amount of the body, because a browser that is cut off while sending shows a reset connection instead of
 * the answer. An upload without a declared length (browsers always declare it) that turns out too large
 * reaches the same answers through {@link MaxUploadSizeExceededException}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before Spring Security's filters (-100)
class AttachmentUploadLimit extends OncePerRequestFilter {

    private static final List<FieldProblem> TOO_LARGE = List.of(new FieldProblem("file", "attachment.tooLarge"));

    private static final Pattern UPLOAD = Pattern.compile("/(api/v1/)?requests/([^/]+)/attachments/?");
    /** How much of an oversized upload is read so that the browser sees the answer, in multiples of the limit. */
    private static final long DRAIN_FACTOR = 10;

    private final ObjectProvider<MultipartConfigElement> multipart;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    AttachmentUploadLimit(ObjectProvider<MultipartConfigElement> multipart, MessageSource messages,
            LocaleResolver locales, JsonMapper json) {
        this.multipart = multipart;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getContentType() == null
                || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !UPLOAD.matcher(pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit();
        long length = request.getContentLengthLong();
        if (limit < 0 || length <= limit) {
            chain.doFilter(request, response);
            return;
        }
        if (length <= limit * DRAIN_FACTOR) {
            drain(request.getInputStream());
        }
        refuse(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher upload = UPLOAD.matcher(pathOf(request));
        upload.matches();
        if (upload.group(1) != null) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Locale locale = locales.resolveLocale(request);
            json.writeValue(response.getOutputStream(), problem(request.getRequestURI(), locale));
            return;
        }
        String requestPage = "/requests/" + upload.group(2);
        if (request.getSession(false) != null) {
            FlashMap flash = new FlashMap();
            flash.put("attachmentProblems", TOO_LARGE);
            flash.setTargetRequestPath(request.getContextPath() + requestPage);
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(request.getContextPath() + requestPage);
    }

    /** The problem as the API's other refusals write it (RFC 9457 with the offending field in errors). */
    private Map<String, Object> problem(String instance, Locale locale) {
        String message = messages.getMessage("attachment.tooLarge", null, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("problem.invalid.title", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", message);
        problem.put("instance", instance);
        problem.put("errors", List.of(Map.of("field", "file", "message", message)));
        return problem;
    }

    private long limit() {
        MultipartConfigElement config = multipart.getIfAvailable();
        return config == null ? -1 : config.getMaxRequestSize();
    }

    private static void drain(InputStream body) throws IOException {
        body.transferTo(OutputStream.nullOutputStream());
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The same answers when the container finds an upload too large only while reading it. The exception
     * comes before any controller is chosen, so this advice cannot be limited to this module's controllers;
     * it answers attachment uploads and leaves every other upload to Spring's default handling.
     */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooLargeWhileReading {

        private final AttachmentUploadLimit limit;

        TooLargeWhileReading(AttachmentUploadLimit limit) {
            this.limit = limit;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        void tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
                HttpServletResponse response) throws MaxUploadSizeExceededException, IOException {
            if (!UPLOAD.matcher(pathOf(request)).matches()) {
                throw exception;
            }
            limit.refuse(request, response);
        }
    }
}
