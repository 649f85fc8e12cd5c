package sa.silah.test;

import java.util.Set;

import org.springframework.boot.test.context.TestComponent;

import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;

/** Staff accounts for tests: one per role, made on first use, all with the same known password. */
public final class TestAccounts {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "staff-password-for-tests";

    private TestAccounts() {
    }

    /** The username of an account holding exactly this role, created if missing. */
    public static String ensure(StaffManagement staff, Role role) {
        return ensure(staff, "test-" + role.name().toLowerCase(java.util.Locale.ROOT), role);
    }

    public static synchronized String ensure(StaffManagement staff, String username, Role role) {
        if (!staff.exists(username)) {
            staff.create(new StaffAccount(username, "حساب اختبار " + role.name(), null, null, Set.of(role)), PASSWORD);
        }
        return username;
    }
}
