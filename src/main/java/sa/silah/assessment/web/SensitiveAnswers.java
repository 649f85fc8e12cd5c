package sa.silah.assessment.web;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may read health and disability answers: those who assess and decide on help (officers, managers, the
 * administrator). Staff at the front desk and the board never do, whatever page or API they use.
 */
public final class SensitiveAnswers {

    private static final Set<String> READERS = Set.of("ROLE_OFFICER", "ROLE_MANAGER", "ROLE_ADMIN");

    private SensitiveAnswers() {
    }

    public static boolean mayRead(Authentication user) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(READERS::contains);
    }
}
