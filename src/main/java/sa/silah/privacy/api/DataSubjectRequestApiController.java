package sa.silah.privacy.api;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.privacy.DataSubjectClock;
import sa.silah.privacy.DataSubjectRequest;
import sa.silah.privacy.DataSubjectRequestFilter;
import sa.silah.privacy.DataSubjectRequestStatus;
import sa.silah.privacy.DataSubjectRequests;
import sa.silah.privacy.DataSubjectRight;
import sa.silah.privacy.IdentityVerification;
import sa.silah.privacy.OpenedVia;
import sa.silah.privacy.RefusalReason;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;

/**
 * The data-subject requests, read-only, for following the PDPL deadlines from another system. Neither the details
 * the beneficiary wrote nor the responses are given: they are personal data, read on the request's page.
 */
@ApiController("/api/v1/privacy/requests")
@Tag(name = "Data-subject requests", description = "PDPL requests to be informed, access, copy, correct or destroy")
class DataSubjectRequestApiController {

    private static final int MAX_SIZE = 100;

    private final DataSubjectRequests requests;
    private final Clock clock;

    DataSubjectRequestApiController(DataSubjectRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The requests, newest first", description = "Narrowed by status, right, overdue (open and "
            + "past the due time) and beneficiary; size is at most 100.")
    ApiPage<RequestEntry> list(@RequestParam(required = false) DataSubjectRequestStatus status,
            @RequestParam(required = false) DataSubjectRight right, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) UUID beneficiaryId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Instant now = clock.instant();
        var found = requests.list(new DataSubjectRequestFilter(status, right, overdue, beneficiaryId),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE)));
        return ApiPage.of(found, request -> RequestEntry.of(request, now));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One request with its clock")
    RequestEntry get(@PathVariable String reference) {
        return RequestEntry.of(requests.get(reference), clock.instant());
    }

    record RequestEntry(String reference, UUID beneficiaryId, DataSubjectRight right, DataSubjectRequestStatus status,
            OpenedVia openedVia, Instant receivedAt, Instant dueAt, long daysLeft, boolean overdue, boolean extended,
            IdentityVerification verification, Instant verifiedAt, Instant extensionNotifiedAt, Instant closedAt,
            RefusalReason refusalReason) {

        static RequestEntry of(DataSubjectRequest r, Instant now) {
            DataSubjectClock clock = r.clock(now);
            return new RequestEntry(r.getReference(), r.getBeneficiaryId(), r.getRight(), r.getStatus(),
                    r.getOpenedVia(), r.getReceivedAt(), r.getDueAt(), clock.daysLeft(), clock.overdue(),
                    clock.extended(), r.getVerificationMethod(), r.getVerifiedAt(), r.getExtensionNotifiedAt(),
                    r.getClosedAt(), r.getRefusalReason());
        }
    }
}
