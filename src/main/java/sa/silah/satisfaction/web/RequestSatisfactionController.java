package sa.silah.satisfaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Request;
import sa.silah.satisfaction.Invitation;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.satisfaction.ServiceRecovery;
import sa.silah.satisfaction.SurveyResponse;
import sa.silah.shared.RecordNotFoundException;

/**
 * A request's satisfaction, loaded into its page: the invitations sent about it and their state, the link of an
 * open one as a QR code for a beneficiary at the desk to scan with their own phone, and the follow-ups that low
 * ratings opened. Whoever may see the request sees that it was answered; only managers see the scores.
 */
@Controller
@RequestMapping("/requests/{referenceNumber}/satisfaction")
class RequestSatisfactionController {

    private final Casework casework;
    private final Satisfaction satisfaction;
    private final ServiceRecovery recovery;
    private final Clock clock;
    private final String publicUrl;

    RequestSatisfactionController(Casework casework, Satisfaction satisfaction, ServiceRecovery recovery, Clock clock,
            @Value("${silah.public-url:http://localhost:8080}") String publicUrl) {
        this.casework = casework;
        this.satisfaction = satisfaction;
        this.recovery = recovery;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** One invitation as the panel shows it: whether it still takes answers, and the scores when shown. */
    record InvitationLine(Invitation invitation, Invitation.Closed closed, SurveyResponse response) {

        public boolean isOpen() {
            return closed == null;
        }
    }

    @GetMapping
    String panel(@PathVariable String referenceNumber, Principal principal, Model model) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        Request request = casework.find(referenceNumber, caseworker);
        Instant now = clock.instant();
        Map<UUID, SurveyResponse> responses = caseworker.isManager()
                ? satisfaction.responsesOf(request.getId()).stream()
                        .collect(Collectors.toMap(SurveyResponse::getInvitationId, Function.identity()))
                : Map.of();
        List<InvitationLine> invitations = satisfaction.invitationsOf(request.getId()).stream()
                .map(invitation -> new InvitationLine(invitation, invitation.closedAt(now).orElse(null),
                        responses.get(invitation.getId())))
                .toList();
        model.addAttribute("referenceNumber", request.getReferenceNumber());
        model.addAttribute("invitations", invitations);
        model.addAttribute("followUps", recovery.ofRequest(request.getId()));
        model.addAttribute("now", now);
        return "satisfaction/request-panel :: panel";
    }

    /** The link of an invitation about this request as a QR code; an invitation of another request is not found. */
    @GetMapping(value = "/invitations/{invitationId}/qr", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@PathVariable String referenceNumber, @PathVariable UUID invitationId,
            Principal principal) {
        Request request = casework.find(referenceNumber, casework.caseworker(principal.getName()));
        Invitation invitation = satisfaction.invitationsOf(request.getId()).stream()
                .filter(candidate -> candidate.getId().equals(invitationId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("invitation", invitationId));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noStore())
                .body(QrCode.svg(publicUrl + "/s/" + invitation.getToken()));
    }
}
