package sa.silah.staff;

import java.util.Set;

/**
 * What an administrator fills in for a staff account. The username is fixed once the account exists.
 */
public record StaffAccount(String username, String displayName, String email, Long departmentId, Set<Role> roles) {

    public StaffAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
