package sa.silah.catalog.api;

import java.net.URI;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceFilter;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;

/** The catalog of services: read by any member of staff and other systems, kept by administrators. */
@ApiController("/api/v1/services")
@Tag(name = "Services", description = "The services the association delivers, by code")
class ServiceApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ServiceCatalog catalog;

    ServiceApiController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List services", description = "Grouped by department, then by Arabic name. active=true "
            + "leaves out services taken out of use; department narrows to one department's code")
    ApiPage<ServiceResponse> list(@RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Parameter(description = "a department code") String department,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return ApiPage.of(catalog.list(new ServiceFilter(active, null, department), request), ServiceResponse::of);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read one service by its code", description = "404 for an unknown code")
    ServiceResponse get(@PathVariable String code) {
        return ServiceResponse.of(catalog.getByCode(code));
    }

    @PostMapping
    @Operation(summary = "Add a service (administrators)", description = "400 names every offending field; 409 when "
            + "the code is taken, pointing at the existing service")
    ResponseEntity<ServiceResponse> create(@RequestBody ServiceRequest request) {
        ServiceOffering service = catalog.create(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/services/" + service.getCode()))
                .body(ServiceResponse.of(service));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Replace a service (administrators)", description = "Every field is replaced; fields left "
            + "out are cleared or take their defaults. The code is fixed: a different code in the body is refused")
    ServiceResponse replace(@PathVariable String code, @RequestBody ServiceRequest request) {
        return ServiceResponse.of(catalog.update(code, request.toDetails()));
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Take a service out of use (administrators)", description = "The service is deactivated, "
            + "not deleted, so that the requests made for it keep it; answers 204, also when it was inactive already")
    ResponseEntity<Void> deactivate(@PathVariable String code) {
        catalog.deactivate(code);
        return ResponseEntity.noContent().build();
    }
}
