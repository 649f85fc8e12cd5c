package sa.silah.catalog.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;
import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceDetails;

/**
 * A service as a client sends it, the same shape as the API answers with, so that a client can read a
 * service, change it and put it back. {@code department} is the department's code, or an object with it.
 */
record ServiceRequest(String code, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
        DepartmentReference department,
        @Schema(description = "ISO-8601 business time: P3D is three business days of 8 hours, PT4H four business hours",
                example = "P3D") String standardDuration,
        List<ServiceResponse.Document> requiredDocuments, List<String> eligibleSegments,
        @Schema(description = "true when left out") Boolean active,
        @Schema(description = "false when left out") Boolean publicService) {

    /** A department named by its code: {@code "SOCIAL_CARE"} or {@code {"code": "SOCIAL_CARE"}}. */
    @Schema(description = "the department's code, or an object with its code", example = "SOCIAL_CARE")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DepartmentReference(String code) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        DepartmentReference(@JsonProperty("code") String code) {
            this.code = code;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static DepartmentReference of(String code) {
            return new DepartmentReference(code);
        }
    }

    ServiceDetails toDetails() {
        return new ServiceDetails(code, nameAr, nameEn, descriptionAr, descriptionEn,
                department == null ? null : department.code(), standardDuration,
                requiredDocuments == null ? List.of() : requiredDocuments.stream()
                        .map(document -> document == null ? null : new RequiredDocument(document.nameAr(), document.nameEn()))
                        .toList(),
                eligibleSegments, active == null || active, publicService != null && publicService);
    }
}
