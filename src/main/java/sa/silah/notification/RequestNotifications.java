package sa.silah.notification;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Request;
import sa.silah.casework.RequestEvents.BeneficiaryReplied;
import sa.silah.casework.RequestEvents.RequestAssigned;
import sa.silah.casework.RequestEvents.RequestAtRisk;
import sa.silah.casework.RequestEvents.RequestBreached;
import sa.silah.casework.RequestEvents.RequestDueTimeChanged;
import sa.silah.casework.RequestEvents.RequestStatusChanged;
import sa.silah.casework.RequestEvents.RequestSubmitted;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/**
 * Turns request events into messages. Each listener runs after the request's transaction commits, in a
 * transaction of its own, and the event publication registry delivers the event again until one succeeds;
 * the event's key on each message makes a second delivery create nothing.
 */
@Component
class RequestNotifications {

    private static final Logger log = LoggerFactory.getLogger(RequestNotifications.class);
    private static final String STAFF_LANGUAGE = "ar";
    private static final String SUBMITTER_LANGUAGE = "ar";

    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final ServiceCatalog services;
    private final StaffManagement staff;
    private final Notifier notifier;
    private final MessageSource messages;
    private final String publicUrl;

    RequestNotifications(Casework casework, BeneficiaryRegistry registry, ServiceCatalog services,
            StaffManagement staff, Notifier notifier, MessageSource messages,
            @Value("${silah.public-url:http://localhost:8080}") String publicUrl) {
        this.casework = casework;
        this.registry = registry;
        this.services = services;
        this.staff = staff;
        this.notifier = notifier;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ApplicationModuleListener
    void on(RequestSubmitted event) {
        toBeneficiary(event.requestId(), "submitted:" + event.requestId(), TemplateKey.REQUEST_RECEIVED, null);
    }

    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        TemplateKey key = switch (event.to()) {
            case IN_PROGRESS -> TemplateKey.REQUEST_IN_PROGRESS;
            case AWAITING_BENEFICIARY -> TemplateKey.AWAITING_DOCUMENTS;
            case RESOLVED -> TemplateKey.REQUEST_RESOLVED;
            case REJECTED -> TemplateKey.REQUEST_REJECTED;
            default -> null;
        };
        if (key != null) {
            toBeneficiary(event.requestId(), "status:" + event.requestId() + ":" + event.to() + ":"
                    + event.at().toEpochMilli(), key, event.reason());
        }
        if (Request.BENEFICIARY.equals(event.actor()) && event.to() == RequestStatus.IN_PROGRESS) {
            toStaff(event.requestId(), assigneeOrManagers(event.requestId()),
                    "documents:" + event.requestId() + ":" + event.at().toEpochMilli(), TemplateKey.DOCUMENTS_RECEIVED);
        }
    }

    @ApplicationModuleListener
    void on(BeneficiaryReplied event) {
        toStaff(event.requestId(), assigneeOrManagers(event.requestId()),
                "replied:" + event.requestId() + ":" + event.at().toEpochMilli(), TemplateKey.BENEFICIARY_REPLIED);
    }

    @ApplicationModuleListener
    void on(RequestDueTimeChanged event) {
        if (!event.atIntake()) {
            toBeneficiary(event.requestId(), "due:" + event.requestId() + ":" + event.previousDueAt().toEpochMilli() + ":"
                    + event.dueAt().toEpochMilli(), TemplateKey.DUE_TIME_CHANGED, event.reason());
        }
    }

    @ApplicationModuleListener
    void on(RequestAssigned event) {
        if (event.assignee() != null && !event.assignee().equals(event.actor())) {
            toStaff(event.requestId(), Set.of(event.assignee()),
                    "assigned:" + event.requestId() + ":" + event.assignee() + ":" + event.at().toEpochMilli(),
                    TemplateKey.ASSIGNED_TO_YOU);
        }
    }

    @ApplicationModuleListener
    void on(RequestAtRisk event) {
        toStaff(event.requestId(), assigneeAndManagers(event.requestId(), event.departmentId()),
                "at-risk:" + event.requestId(), TemplateKey.REQUEST_AT_RISK);
    }

    @ApplicationModuleListener
    void on(RequestBreached event) {
        toStaff(event.requestId(), assigneeAndManagers(event.requestId(), event.departmentId()),
                "breached:" + event.requestId(), TemplateKey.REQUEST_BREACHED);
    }

    private void toBeneficiary(UUID requestId, String eventKey, TemplateKey key, String reason) {
        casework.findById(requestId).ifPresent(request -> toBeneficiary(request, eventKey, key, reason));
    }

    private void toBeneficiary(Request request, String eventKey, TemplateKey key, String reason) {
        if (request.getBeneficiaryId() == null) {
            toSubmitter(request, eventKey, key, reason);
            return;
        }
        registry.find(request.getBeneficiaryId()).ifPresent(beneficiary -> toBeneficiary(beneficiary, request, eventKey,
                key, values(request, beneficiary.getLanguage(), reason)));
    }

    /**
     * A message to a beneficiary on their channel, about a request or about none; none when they withdrew from the
     * purpose the message serves.
     */
    void toBeneficiary(Beneficiary beneficiary, Request request, String eventKey, TemplateKey key,
            Map<String, String> values) {
        String ref = request == null ? null : request.getReferenceNumber();
        if (key.purpose().filter(purpose -> !beneficiary.mayProcessFor(purpose)).isPresent()) {
            log.info("The beneficiary of {} withdrew from {}: no {}", ref, key.purpose().get(), key);
            return;
        }
        ContactChoice.of(beneficiary).ifPresentOrElse(
                contact -> notifier.queue(new Notification.Addressee(eventKey, request == null ? null : request.getId(),
                        ref, null, contact.address(), contact.channel(), beneficiary.getLanguage()), key, values),
                () -> log.info("No channel reaches the beneficiary of {} for {}", ref, key));
    }

    /** A request from the public site without a beneficiary record is answered where it was sent from, in Arabic. */
    private void toSubmitter(Request request, String eventKey, TemplateKey key, String reason) {
        toSubmitter(request, eventKey, key, values(request, SUBMITTER_LANGUAGE, reason));
    }

    void toSubmitter(Request request, String eventKey, TemplateKey key, Map<String, String> values) {
        ContactChoice.ofSubmitter(request.getSubmitterMobile(), request.getSubmitterEmail()).ifPresent(
                contact -> notifier.queue(new Notification.Addressee(eventKey, request.getId(),
                        request.getReferenceNumber(), null, contact.address(), contact.channel(), SUBMITTER_LANGUAGE),
                        key, values));
    }

    private void toStaff(UUID requestId, Set<String> usernames, String eventKey, TemplateKey key) {
        casework.findById(requestId).ifPresent(request -> toStaff(request, usernames, eventKey, key,
                values(request, STAFF_LANGUAGE, null)));
    }

    /** In-app and, where the staff member has an address, by email; staff read Arabic. */
    void toStaff(Request request, Set<String> usernames, String eventKey, TemplateKey key, Map<String, String> values) {
        UUID requestId = request == null ? null : request.getId();
        String ref = request == null ? null : request.getReferenceNumber();
        for (String username : usernames) {
            staff.findByUsername(username).filter(StaffUser::isEnabled).ifPresent(user -> {
                notifier.queue(new Notification.Addressee(eventKey, requestId, ref, username,
                        username, NotificationChannel.IN_APP, STAFF_LANGUAGE), key, values);
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    notifier.queue(new Notification.Addressee(eventKey, requestId, ref,
                            username, user.getEmail(), NotificationChannel.EMAIL, STAFF_LANGUAGE), key, values);
                }
            });
        }
    }

    /** Whoever handles the request: its assignee, or while nobody does, its department's managers. */
    private Set<String> assigneeOrManagers(UUID requestId) {
        return casework.findById(requestId).map(request -> request.getAssignee() != null
                ? Set.of(request.getAssignee())
                : assigneeAndManagers(requestId, request.getDepartmentId())).orElse(Set.of());
    }

    /** The managers of a department. */
    Set<String> managersOf(Long departmentId) {
        Set<String> usernames = new LinkedHashSet<>();
        staff.inDepartment(departmentId, Role.MANAGER).forEach(manager -> usernames.add(manager.getUsername()));
        return usernames;
    }

    String publicUrl() {
        return publicUrl;
    }

    private Set<String> assigneeAndManagers(UUID requestId, Long departmentId) {
        Set<String> usernames = new LinkedHashSet<>();
        casework.findById(requestId).map(Request::getAssignee).ifPresent(usernames::add);
        if (departmentId != null) {
            staff.inDepartment(departmentId, Role.MANAGER).forEach(manager -> usernames.add(manager.getUsername()));
        }
        return usernames;
    }

    Map<String, String> values(Request request, String language, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put("referenceNumber", request.getReferenceNumber());
        values.put("dueDate", MessageValues.date(request.getDueAt(), language));
        values.put("dueDateHijri", MessageValues.hijriDate(request.getDueAt(), language));
        values.put("serviceName", serviceName(request, language));
        values.put("reason", reason == null ? "" : reason);
        values.put("trackingLink", publicUrl + "/track?ref=" + request.getReferenceNumber());
        return values;
    }

    private String serviceName(Request request, String language) {
        if (request.getServiceId() == null) {
            return messages.getMessage("requestKind." + request.getKind(), null, request.getKind().name(),
                    MessageValues.locale(language));
        }
        ServiceOffering service = services.get(request.getServiceId());
        return "en".equals(language) && service.getNameEn() != null ? service.getNameEn() : service.getNameAr();
    }
}
