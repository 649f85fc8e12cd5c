package sa.silah.portal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Beneficiaries' sessions, the security context repository of the portal's filter chain (bean
 * {@value #BEAN_NAME}). They are kept apart from staff sessions: the portal's security context lives in its own
 * session attribute, which the staff pages never read, and the staff context is never read by the portal. A
 * context from before the beneficiary signed out everywhere is dropped as it is loaded. A beneficiary's session
 * expires after {@link PortalProperties#sessionTimeout()} idle, set on the session at sign-in because
 * {@code server.servlet.session.timeout} is the staff's.
 */
@Component(PortalSessions.BEAN_NAME)
public class PortalSessions implements SecurityContextRepository {

    public static final String BEAN_NAME = "portalSessions";
    /** The session attribute holding a beneficiary's security context. */
    static final String CONTEXT_ATTRIBUTE = "SILAH_PORTAL_SECURITY_CONTEXT";

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final AccountManagement accounts;
    private final PortalProperties properties;
    private final Clock clock;

    PortalSessions(AccountManagement accounts, PortalProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
        sessions.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
    }

    /**
     * Signs the beneficiary in on this request: a new session id (against session fixation), the portal's idle
     * timeout, and their authentication saved in the session.
     */
    public void signIn(PortalBeneficiary beneficiary, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        request.getSession().setMaxInactiveInterval(Math.toIntExact(properties.sessionTimeout().toSeconds()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PortalAuthentication(beneficiary, clock.instant()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {

            private SecurityContext checked;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    checked = stillValid(stored.get(), request);
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated() || get() != stored.get();
            }
        };
    }

    /** @deprecated the filter chain loads contexts through {@link #loadDeferredContext(HttpServletRequest)} */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    /** A session that began before the beneficiary signed out everywhere is over; the rest of the session stays. */
    private SecurityContext stillValid(SecurityContext context, HttpServletRequest request) {
        if (context.getAuthentication() instanceof PortalAuthentication signedIn
                && !accounts.acceptsSession(signedIn.getPrincipal().beneficiaryId(), signedIn.signedInAt())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(CONTEXT_ATTRIBUTE);
            }
            return SecurityContextHolder.createEmptyContext();
        }
        return context;
    }
}
