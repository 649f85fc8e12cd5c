package sa.silah.staff;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start, creates the administrator {@code admin}: with the password from SILAH_ADMIN_PASSWORD, or
 * a random one printed once so that no installation ever runs with a known default password.
 */
@Component
@Order(0)
class AdminAccountInitializer implements ApplicationRunner {

    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final StaffManagement staff;
    private final String configuredPassword;

    AdminAccountInitializer(StaffManagement staff, @Value("${silah.admin-password:}") String configuredPassword) {
        this.staff = staff;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? StaffManagement.randomPassword() : configuredPassword;
        staff.create(new StaffAccount(ADMIN, "مدير النظام", null, null, Set.of(Role.ADMIN)), password);
        if (generated) {
            log.warn("""

                    ============================================================
                     Silah created the administrator account.
                       username: {}
                       password: {}
                     This is shown once. Change it after signing in.
                    ============================================================""", ADMIN, password);
        }
        else {
            log.info("Silah created the administrator account '{}' with the password from SILAH_ADMIN_PASSWORD", ADMIN);
        }
    }
}
