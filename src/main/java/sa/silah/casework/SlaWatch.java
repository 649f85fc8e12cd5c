package sa.silah.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/**
 * Watches the due times of open requests: marks each at risk once and breached once, and puts every breach
 * before its department's managers. Runs on one node at a time (ShedLock); each request is marked in a
 * transaction of its own, and one changed by someone else meanwhile is simply looked at again next time.
 */
@Component
class SlaWatch {

    private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);
    private static final Set<RequestStatus> RUNNING = EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS);

    private final Requests requests;
    private final Escalations escalations;
    private final StaffManagement staff;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaWatch(Requests requests, Escalations escalations, StaffManagement staff, TransactionTemplate transaction,
            Clock clock) {
        this.requests = requests;
        this.escalations = escalations;
        this.staff = staff;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${silah.requests.sla-watch-interval:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "sla-watch", lockAtMostFor = "PT10M")
    void run() {
        check(clock.instant());
    }

    /** Marks what is due at this moment; answers how many requests it marked. */
    int check(Instant now) {
        int marked = 0;
        for (UUID id : requests.dueForAtRisk(RUNNING, now)) {
            marked += markOnce(id, request -> request.markAtRiskIfDue(now)) ? 1 : 0;
        }
        for (UUID id : requests.dueForBreach(RUNNING, now)) {
            marked += markOnce(id, request -> request.markBreachedIfDue(now) && escalate(request, now)) ? 1 : 0;
        }
        if (marked > 0) {
            log.info("SLA watch marked {} requests", marked);
        }
        return marked;
    }

    private boolean markOnce(UUID id, java.util.function.Predicate<Request> mark) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                Request request = requests.findById(id).orElseThrow();
                boolean changed = mark.test(request);
                if (changed) {
                    requests.save(request);
                }
                return changed;
            }));
        }
        catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            return false;
        }
    }

    private boolean escalate(Request request, Instant now) {
        escalations.save(new Escalation(request.getId(), request.getDepartmentId(), now));
        List<StaffUser> managers = request.getDepartmentId() == null ? List.of()
                : staff.inDepartment(request.getDepartmentId(), Role.MANAGER);
        request.recordEscalation(now, managers.stream().map(StaffUser::getUsername).collect(Collectors.joining(", ")));
        return true;
    }
}
