package sa.silah.outreach.api;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.outreach.AudienceFilter;
import sa.silah.outreach.Campaign;
import sa.silah.outreach.CampaignDraft;
import sa.silah.outreach.CampaignFigures;
import sa.silah.outreach.CampaignMessage;
import sa.silah.outreach.CampaignProgress;
import sa.silah.outreach.CampaignStateException;
import sa.silah.outreach.CampaignStatus;
import sa.silah.outreach.Outreach;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;

/** Campaigns: write, start, pause, resume and cancel them, and read their figures. */
@ApiController("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Outreach campaigns (الحملات) to an audience of beneficiaries, on SMS, "
        + "WhatsApp and email, with their delivery and response figures")
class CampaignApiController {

    private static final int MAX_PAGE = 100;

    private final Outreach outreach;

    CampaignApiController(Outreach outreach) {
        this.outreach = outreach;
    }

    @GetMapping
    @Operation(summary = "Campaigns, newest first, with their progress")
    ApiPage<CampaignSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<Campaign> campaigns = outreach.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)));
        var progress = outreach.progressOf(campaigns.getContent().stream().map(Campaign::getId).toList());
        return ApiPage.of(campaigns, campaign -> new CampaignSummary(campaign.getId(), campaign.getName(),
                campaign.getStatus(), campaign.getCreatedAt(), campaign.getScheduledAt(),
                progress.getOrDefault(campaign.getId(), CampaignProgress.NONE)));
    }

    @PostMapping
    @Operation(summary = "Writes a draft campaign", description = "audience is the filter (every field optional; an "
            + "empty one means everyone); messages one per channel (SMS, WHATSAPP, EMAIL) and language (ar, en), "
            + "Arabic required for each channel used; email needs a subject, WhatsApp the approved template's name. "
            + "400 names each bad field: the filter's by name, a message's as smsAr, whatsappTemplateEn, emailSubjectAr…")
    ResponseEntity<CampaignResponse> create(@RequestBody CampaignRequest request, Principal principal) {
        Campaign campaign = outreach.create(request.toDraft(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.getId()))
                .body(response(campaign));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A campaign with its figures")
    CampaignResponse get(@PathVariable UUID id) {
        return response(outreach.get(id));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Starts a draft or scheduled campaign now: its recipients are queued at once",
            description = "409 when the campaign's status does not allow it.")
    CampaignResponse start(@PathVariable UUID id) {
        return response(outreach.start(id));
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pauses a running campaign: nothing more is released until it resumes")
    CampaignResponse pause(@PathVariable UUID id) {
        return response(outreach.pause(id));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resumes a paused campaign")
    CampaignResponse resume(@PathVariable UUID id) {
        return response(outreach.resume(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancels a campaign: no one still waiting receives it")
    CampaignResponse cancel(@PathVariable UUID id) {
        return response(outreach.cancel(id));
    }

    @ExceptionHandler(CampaignStateException.class)
    ResponseEntity<ProblemDetail> notAllowed(CampaignStateException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The campaign is " + exception.status() + ", which does not allow this");
        problem.setTitle("Not allowed in this status");
        problem.setProperty("status", exception.status());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private CampaignResponse response(Campaign campaign) {
        CampaignFigures figures = outreach.figures(campaign.getId());
        return new CampaignResponse(campaign.getId(), campaign.getName(), campaign.getPurposeNote(),
                campaign.getActivityId(), campaign.getStatus(), campaign.audience(),
                campaign.getMessages().stream().map(MessageEntry::of).toList(), campaign.getCreatedBy(),
                campaign.getCreatedAt(), campaign.getScheduledAt(), campaign.getStartedAt(), campaign.getFinishedAt(),
                new Excluded(campaign.getExcludedNoConsent(), campaign.getExcludedOptedOut(),
                        campaign.getExcludedUnreachable()), figures);
    }

    record CampaignRequest(String name, String purposeNote, AudienceFilter audience, UUID activityId,
            List<MessageEntry> messages) {

        CampaignDraft toDraft() {
            return new CampaignDraft(name, purposeNote, audience, activityId, messages == null ? List.of()
                    : messages.stream().map(MessageEntry::toMessage).toList());
        }
    }

    record MessageEntry(ContactChannel channel, String language, String subject, String body,
            String whatsappTemplate) {

        static MessageEntry of(CampaignMessage message) {
            return new MessageEntry(message.getChannel(), message.getLanguage(), message.getSubject(),
                    message.getBody(), message.getWhatsappTemplate());
        }

        CampaignMessage toMessage() {
            return new CampaignMessage(channel == null ? ContactChannel.SMS : channel,
                    "en".equals(language) ? "en" : "ar", subject, body, whatsappTemplate);
        }
    }

    record Excluded(int withoutConsent, int optedOutOfChannel, int unreachable) {
    }

    record CampaignSummary(UUID id, String name, CampaignStatus status, Instant createdAt, Instant scheduledAt,
            CampaignProgress progress) {
    }

    record CampaignResponse(UUID id, String name, String purposeNote, UUID activityId, CampaignStatus status,
            AudienceFilter audience, List<MessageEntry> messages, String createdBy, Instant createdAt,
            Instant scheduledAt, Instant startedAt, Instant finishedAt, Excluded excludedAtStart,
            CampaignFigures figures) {
    }
}
