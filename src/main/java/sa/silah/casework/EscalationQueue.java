package sa.silah.casework;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.RecordNotFoundException;
import sa.silah.staff.Role;

/**
 * The breached requests waiting on a manager's dashboard: a department's managers see their department's,
 * administrators see all; a manager takes one in hand, which records who and when.
 */
@Service
@Transactional
public class EscalationQueue {

    private final Escalations escalations;
    private final Requests requests;
    private final Clock clock;

    EscalationQueue(Escalations escalations, Requests requests, Clock clock) {
        this.escalations = escalations;
        this.requests = requests;
        this.clock = clock;
    }

    /** An escalation with the request it is about. */
    public record EscalatedRequest(Escalation escalation, Request request) {
    }

    @Transactional(readOnly = true)
    public Page<EscalatedRequest> waiting(Caseworker manager, Pageable pageable) {
        Page<Escalation> page = sees(manager) ? escalations.findByHandledAtIsNullOrderByCreatedAtAsc(pageable)
                : escalations.findByDepartmentIdInAndHandledAtIsNullOrderByCreatedAtAsc(
                        manager.departmentId() == null ? List.of() : List.of(manager.departmentId()), pageable);
        Map<UUID, Request> byId = requests.findAllById(page.getContent().stream().map(Escalation::getRequestId).toList())
                .stream().collect(Collectors.toMap(Request::getId, Function.identity()));
        return page.map(escalation -> new EscalatedRequest(escalation, byId.get(escalation.getRequestId())));
    }

    public void takeInHand(long escalationId, Caseworker manager) {
        Escalation escalation = escalations.findById(escalationId)
                .filter(found -> sees(manager) || (manager.roles().contains(Role.MANAGER)
                        && found.getDepartmentId() != null && found.getDepartmentId().equals(manager.departmentId())))
                .orElseThrow(() -> new RecordNotFoundException("escalation", escalationId));
        escalation.handle(manager.username(), clock.instant());
    }

    private static boolean sees(Caseworker caseworker) {
        return caseworker.roles().contains(Role.ADMIN);
    }
}
