package sa.silah.activity.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityCertificates;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationStatus;
import sa.silah.activity.RegistrationVia;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** The activities of the annual plan: drafting, publishing, cancelling, registering beneficiaries and attendance. */
@ApiController("/api/v1/activities")
@Tag(name = "Activities", description = "Programmes and activities of the annual plan (البرامج والأنشطة), their "
        + "registrations, waiting lists and attendance")
class ActivityApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ActivityCatalog catalog;
    private final ActivityRegistrations registrations;
    private final ActivityCertificates certificates;

    ActivityApiController(ActivityCatalog catalog, ActivityRegistrations registrations,
            ActivityCertificates certificates) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.certificates = certificates;
    }

    @GetMapping
    @Operation(summary = "Activities, the soonest first", description = "Every activity, or those in one status "
            + "(DRAFT, PUBLISHED, CANCELLED), each with its places taken and its waiting list's length")
    ApiPage<ActivitySummary> list(@RequestParam(required = false) ActivityStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<Activity> activities = catalog.find(status, pageRequest(page, size));
        Map<UUID, Map<RegistrationStatus, Long>> places = catalog.placesOf(activities.map(Activity::getId).getContent());
        return ApiPage.of(activities, activity -> ActivitySummary.of(activity, places.get(activity.getId())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One activity", description = "404 for an unknown activity")
    ActivityResponse get(@PathVariable UUID id) {
        return response(catalog.get(id));
    }

    @PostMapping
    @Operation(summary = "Draft an activity", description = "A draft is seen by staff only until published. 400 "
            + "names every offending field (kind, titleAr, descriptionAr, startsAt, endsAt, registrationOpensAt, "
            + "registrationClosesAt, place or onlineLink, capacity, serviceCode, ageFrom, ageTo, cities)")
    ResponseEntity<ActivityResponse> create(@RequestBody ActivityRequest request, Authentication user) {
        Activity activity = catalog.draft(request.details(), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.getId())).body(response(activity));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise an activity", description = "Replaces what it states; the capacity may not fall "
            + "below the places taken (400 on capacity); 409 for a cancelled activity")
    ActivityResponse revise(@PathVariable UUID id, @RequestBody ActivityRequest request, Authentication user) {
        return response(catalog.revise(id, request.details(), user.getName()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish an activity", description = "Listed, and open for registration in its window; "
            + "publishing twice changes nothing; 409 for a cancelled activity")
    ActivityResponse publish(@PathVariable UUID id, Authentication user) {
        return response(catalog.publish(id, user.getName()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an activity", description = "Its registrants are told the reason. 400 on reason "
            + "when it is missing or too long; 409 when already cancelled or ended")
    ActivityResponse cancel(@PathVariable UUID id, @RequestBody CancelRequest request, Authentication user) {
        return response(catalog.cancel(id, request == null ? null : request.reason(), user.getName()));
    }

    @GetMapping("/{id}/registrations")
    @Operation(summary = "An activity's registrations in one status", description = "REGISTERED (the default), "
            + "WAITLISTED (in the waiting list's order) or CANCELLED")
    ApiPage<RegistrationResponse> registrations(@PathVariable UUID id,
            @RequestParam(defaultValue = "REGISTERED") RegistrationStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        catalog.get(id);
        return ApiPage.of(registrations.of(id, status, pageRequest(page, size)), RegistrationResponse::of);
    }

    @PostMapping("/{id}/registrations")
    @Operation(summary = "Register a beneficiary through an officer", description = "A place while one is free, "
            + "else the waiting list; registering someone already registered answers that registration. 422 when "
            + "refused (closed, erased, or not among those the activity is for, with every rule's reason in reasons)")
    ResponseEntity<RegistrationResponse> register(@PathVariable UUID id, @RequestBody NewRegistration request,
            Authentication user) {
        if (request == null || request.beneficiaryId() == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("beneficiaryId", "activity.beneficiary.required")));
        }
        Registration registration = registrations.register(id, request.beneficiaryId(), RegistrationVia.OFFICER,
                user.getName(), null);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/registrations/" + registration.getId()))
                .body(RegistrationResponse.of(registration));
    }

    @PostMapping("/{id}/registrations/{registrationId}/cancel")
    @Operation(summary = "Cancel a registration", description = "A place it held goes to the first on the waiting "
            + "list; 409 when already cancelled")
    RegistrationResponse cancelRegistration(@PathVariable UUID id, @PathVariable UUID registrationId,
            Authentication user) {
        registrations.get(id, registrationId);
        return RegistrationResponse.of(registrations.cancel(registrationId, user.getName()));
    }

    @PutMapping("/{id}/registrations/{registrationId}/attendance")
    @Operation(summary = "Record whether a registrant came", description = "Once the activity has begun, for a "
            + "registrant holding a place (409 otherwise); the first time one is recorded as having come they are "
            + "invited to rate the activity")
    RegistrationResponse attendance(@PathVariable UUID id, @PathVariable UUID registrationId,
            @RequestBody AttendanceRequest request, Authentication user) {
        registrations.get(id, registrationId);
        if (request == null || request.attended() == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("attended", "activity.attended.required")));
        }
        return RegistrationResponse.of(registrations.recordAttendance(registrationId, request.attended(),
                user.getName()));
    }

    @GetMapping("/{id}/registrations/{registrationId}/certificate")
    @Operation(summary = "The certificate of attendance as a PDF", description = "409 when the activity gives none "
            + "or the registrant did not attend")
    ResponseEntity<Resource> certificate(@PathVariable UUID id, @PathVariable UUID registrationId) {
        registrations.get(id, registrationId);
        return certificates.certificateOf(registrationId).toResponseEntity();
    }

    private ActivityResponse response(Activity activity) {
        return ActivityResponse.of(activity, catalog.placesOf(List.of(activity.getId())).get(activity.getId()));
    }

    private static PageRequest pageRequest(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }

    record CancelRequest(String reason) {
    }

    record NewRegistration(UUID beneficiaryId) {
    }

    record AttendanceRequest(Boolean attended) {
    }
}
