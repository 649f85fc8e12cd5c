package sa.silah.beneficiary.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The beneficiary registry for other systems. */
@ApiController("/api/v1/beneficiaries")
@Tag(name = "Beneficiaries", description = "The registry of people and organisations the association serves")
class BeneficiaryApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final BeneficiaryRegistry registry;
    private final JsonMapper json;

    BeneficiaryApiController(BeneficiaryRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Register a beneficiary", description = "400 names every offending field; 409 when the "
            + "national ID or registration number is already registered, with the existing record's id")
    ResponseEntity<BeneficiaryResponse> register(@RequestBody BeneficiaryDetails details) {
        Beneficiary beneficiary = registry.register(details);
        return ResponseEntity.created(URI.create("/api/v1/beneficiaries/" + beneficiary.getId()))
                .body(BeneficiaryResponse.full(beneficiary));
    }

    @GetMapping
    @Operation(summary = "Search beneficiaries", description = "q: national ID, registration number, mobile in any "
            + "Saudi form, email, or the beginnings of name parts in any Arabic spelling")
    ApiPage<BeneficiaryResponse> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return ApiPage.of(registry.search(q, request), BeneficiaryResponse::summary);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one beneficiary (recorded in the personal-data access log)")
    BeneficiaryResponse get(@PathVariable UUID id) {
        return BeneficiaryResponse.full(registry.open(id));
    }

    @PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
    @Operation(summary = "Change some fields of a beneficiary", description = "JSON merge patch: fields left out "
            + "stay as they are, fields set to null are cleared")
    BeneficiaryResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        if (!patch.isObject()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("body", "problem.unreadable")));
        }
        ObjectNode merged = json.valueToTree(registry.detailsOf(id));
        merged.setAll((ObjectNode) patch);
        return BeneficiaryResponse.full(registry.update(id, details(merged)));
    }

    private BeneficiaryDetails details(ObjectNode merged) {
        try {
            return json.treeToValue(merged, BeneficiaryDetails.class);
        }
        catch (DatabindException unreadable) {
            String field = unreadable.getPath().isEmpty() ? "body" : unreadable.getPath().get(0).getPropertyName();
            throw new InvalidFieldsException(List.of(new FieldProblem(field, "problem.unreadableValue")));
        }
    }
}
