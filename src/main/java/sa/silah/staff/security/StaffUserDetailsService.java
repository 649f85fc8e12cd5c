package sa.silah.staff.security;

import java.time.Instant;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/** Signs staff in by username; a disabled or locked account is refused before its password is checked. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffManagement staff;

    StaffUserDetailsService(StaffManagement staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username)
                .map(StaffUserDetailsService::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    static UserDetails toUserDetails(StaffUser user) {
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!user.isEnabled())
                .accountLocked(user.isLockedAt(Instant.now()))
                .build();
    }
}
