package sa.silah.beneficiary.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.shared.ApiController;

@ApiController("/api/v1/segments")
@Tag(name = "Segments", description = "The segments (شرائح) beneficiaries belong to")
class SegmentApiController {

    private final SegmentCatalog segments;

    SegmentApiController(SegmentCatalog segments) {
        this.segments = segments;
    }

    record SegmentResponse(String code, String nameAr, String nameEn, boolean active) {
    }

    @GetMapping
    @Operation(summary = "List every segment, active or not, with its code and names")
    List<SegmentResponse> list() {
        return segments.all().stream()
                .map(segment -> new SegmentResponse(segment.getCode(), segment.getNameAr(), segment.getNameEn(),
                        segment.isActive()))
                .toList();
    }
}
