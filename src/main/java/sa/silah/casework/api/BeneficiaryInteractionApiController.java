package sa.silah.casework.api;

import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Interaction;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.RecordNotFoundException;

/**
 * A beneficiary's contact timeline for other systems. It lives with casework, which keeps the timeline, under the
 * beneficiary's address, where a reader looks for it.
 */
@ApiController("/api/v1/beneficiaries/{beneficiaryId}/interactions")
@Tag(name = "Beneficiaries")
class BeneficiaryInteractionApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final Casework casework;
    private final BeneficiaryRegistry registry;

    BeneficiaryInteractionApiController(Casework casework, BeneficiaryRegistry registry) {
        this.casework = casework;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "List a beneficiary's contacts, newest first", description = "Every channel: calls with "
            + "their number, duration and outcome, social media messages with their platform, handle and link, and the "
            + "reference of the request a contact belongs to, if any")
    ApiPage<RequestResponse.InteractionResponse> list(@PathVariable UUID beneficiaryId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        registry.find(beneficiaryId).orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        Page<Interaction> contacts = casework.timelineOf(beneficiaryId,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        Map<UUID, String> references = casework.referenceNumbersOf(contacts.getContent());
        return ApiPage.of(contacts, contact -> RequestResponse.InteractionResponse.of(contact,
                contact.getRequestId() == null ? null : references.get(contact.getRequestId())));
    }
}
