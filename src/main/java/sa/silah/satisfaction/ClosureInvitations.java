package sa.silah.satisfaction;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.casework.RequestEvents.RequestStatusChanged;
import sa.silah.casework.RequestStatus;

/**
 * Invites the beneficiary to rate the service when their request is resolved or rejected, after the request's
 * transaction commits; the event publication registry delivers the event again until this succeeds.
 */
@Component
class ClosureInvitations {

    private final Satisfaction satisfaction;

    ClosureInvitations(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        if (event.to() == RequestStatus.RESOLVED || event.to() == RequestStatus.REJECTED) {
            satisfaction.inviteOnClosure(event.requestId(), event.actor());
        }
    }
}
