package sa.silah.notification.api;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import sa.silah.notification.Notifier;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

@ApiController("/api/v1/notifications")
class NotificationApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final Notifier notifier;

    NotificationApiController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping
    @Operation(summary = "The messages sent (or waiting) about one request, newest first",
            description = "For administrators and managers; requestRef is required")
    ApiPage<NotificationResponse> ofRequest(@RequestParam(required = false) String requestRef,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (requestRef == null || requestRef.isBlank()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("requestRef", "notification.requestRef.required")));
        }
        return ApiPage.of(notifier.ofRequest(requestRef.strip(),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE))), NotificationResponse::of);
    }
}
