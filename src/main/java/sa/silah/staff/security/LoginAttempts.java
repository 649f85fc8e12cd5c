package sa.silah.staff.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import sa.silah.staff.StaffManagement;

/** Counts wrong passwords per account so that {@code StaffUser} can lock it after five in a row. */
@Component
class LoginAttempts {

    private final StaffManagement staff;

    LoginAttempts(StaffManagement staff) {
        this.staff = staff;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        staff.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        staff.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
