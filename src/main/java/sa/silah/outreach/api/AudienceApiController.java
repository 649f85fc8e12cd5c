package sa.silah.outreach.api;

import java.util.Set;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.outreach.AudienceCount;
import sa.silah.outreach.AudienceFilter;
import sa.silah.outreach.Audiences;
import sa.silah.shared.ApiController;

/** How many an audience filter finds and how many a campaign on given channels would reach. */
@ApiController("/api/v1/audiences")
@Tag(name = "Campaigns")
class AudienceApiController {

    private final Audiences audiences;

    AudienceApiController(Audiences audiences) {
        this.audiences = audiences;
    }

    @PostMapping("/count")
    @Operation(summary = "Counts an audience", description = "matching = withoutConsent + optedOutOfChannel + "
            + "unreachable + reachable. Outreach needs consent (opt-in); erased records never count. channels: those "
            + "the campaign would have messages for, every channel when empty. 400 names each bad filter field.")
    AudienceCount count(@RequestBody CountRequest request) {
        return audiences.count(request.audience() == null ? AudienceFilter.EVERYONE : request.audience(),
                request.channels());
    }

    record CountRequest(AudienceFilter audience, Set<ContactChannel> channels) {
    }
}
