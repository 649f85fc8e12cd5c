package sa.silah.staff.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import sa.silah.staff.ApiTokenManagement;

/**
 * Two ways in. Pages: form login with a session, CSRF protection and strict security headers. The API
 * ({@code /api/**}): stateless, HTTP Basic with a staff account or a bearer API token, never a cookie. Webhooks
 * ({@code /webhooks/**}) carry no staff credentials: each is authenticated by its own signature.
 * Who may do what is written here, route by route, so that it can be read (and tested) in one place.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The public site: anyone may read it and send its forms (CSRF-protected like every page). */
    private static final String[] PUBLIC_SITE_PAGES = { "/", "/services", "/channels", "/track", "/site/logo",
            "/you-said-we-did", "/documents", "/documents/*/file", "/faq", "/policies", "/policies/*" };

    /** The public site's upcoming activities and one activity's page; everything else under /activities is staff's. */
    private static final String[] PUBLIC_ACTIVITY_PAGES = { "/activities/upcoming", "/activities/upcoming/*" };

    /** A survey link, its answer and its thanks: the beneficiary answers without signing in (CSRF-protected). */
    private static final String SURVEY_PAGES = "/s/**";

    private static final String[] REGISTRY_READERS = { "ADMIN", "MANAGER", "OFFICER", "STAFF" };
    private static final String[] REGISTRY_WRITERS = { "ADMIN", "MANAGER", "OFFICER" };
    /** Who works on requests; which requests each may see is decided per record by the casework module. */
    private static final String[] CASEWORKERS = { "ADMIN", "MANAGER", "OFFICER", "STAFF" };
    /** Who answers inquiries from the knowledge library: those who see every department's requests. */
    private static final String[] INQUIRY_ANSWERERS = { "ADMIN", "MANAGER", "OFFICER" };
    /**
     * Who reads the satisfaction results: aggregates with no personal data. Comments and figures per staff member
     * are for managers only (the comments page's rule here, the staff breakdown's in the satisfaction module).
     */
    private static final String[] RESULTS_READERS = { "ADMIN", "MANAGER", "BOARD" };
    /** Who searches and reads the knowledge library to answer inquiries. */
    private static final String[] LIBRARY_READERS = { "ADMIN", "MANAGER", "OFFICER", "STAFF" };
    /** Who adds and changes the library's documents, FAQ and canned answers. */
    private static final String[] LIBRARY_EDITORS = { "ADMIN", "MANAGER" };
    /** Every staff role: each reads the policies and acknowledges those published. */
    private static final String[] POLICY_READERS = { "ADMIN", "MANAGER", "OFFICER", "STAFF", "BOARD" };
    /** Who creates and publishes policies and follows their acknowledgements. */
    private static final String[] POLICY_EDITORS = { "ADMIN", "MANAGER" };
    /**
     * The PDPL records: the record of processing activities and the breach register. Only their own paths: the
     * public privacy notice at {@code /privacy} belongs to the portal's chain.
     */
    private static final String[] PRIVACY_RECORDS = { "/privacy/processing", "/privacy/processing/**",
            "/privacy/breaches", "/privacy/breaches/**" };
    /** The PDPL records' forms, which only the administrator may fill in. */
    private static final String[] PRIVACY_FORMS = { "/privacy/processing/new", "/privacy/processing/*/edit",
            "/privacy/breaches/new", "/privacy/breaches/*/edit", "/privacy/breaches/*/notification" };
    /**
     * Who assesses beneficiaries' need and verifies what they filled in the portal; they also read health and
     * disability answers (the assessment module's SensitiveAnswers holds the same roles).
     */
    private static final String[] ASSESSORS = { "ADMIN", "MANAGER", "OFFICER" };
    /** Who reads assessments: the registry's readers; staff see them without the sensitive answers. */
    private static final String[] ASSESSMENT_READERS = { "ADMIN", "MANAGER", "OFFICER", "STAFF" };
    /** Who handles the beneficiaries' PDPL data-subject requests: those who keep the registry and see every request. */
    private static final String[] PRIVACY_OFFICERS = { "ADMIN", "MANAGER", "OFFICER" };
    /** Who sets the standing outreach rules; officers make the calls the rules ask for. */
    private static final String[] OUTREACH_RULE_KEEPERS = { "ADMIN", "MANAGER" };
    private static final String[] CALLERS = { "ADMIN", "MANAGER", "OFFICER" };
    /** Who reads the activities of the annual plan, their registrants and attendance. */
    private static final String[] ACTIVITY_READERS = { "ADMIN", "MANAGER", "OFFICER", "STAFF" };
    /** Who drafts, publishes and cancels activities, registers beneficiaries for them and records attendance. */
    private static final String[] ACTIVITY_EDITORS = { "ADMIN", "MANAGER", "OFFICER" };
    /** Staff's activity pages that change something or lead to a change, which only editors may open. */
    private static final String[] ACTIVITY_FORMS = { "/activities/new", "/activities/*/edit",
            "/activities/*/attendance" };
    /** The library's forms, which only its editors may send. */
    private static final String[] LIBRARY_FORMS = { "/knowledge/documents/new", "/knowledge/entries/new",
            "/knowledge/entries/*/edit", "/knowledge/entries/*/delete" };

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(StaffUserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * Webhooks from other platforms: no staff account calls them, their signature is checked by the receiving
     * controller, so no session, no CSRF token and no login page. Anything else under the path stays closed.
     */
    @Bean
    @Order(0)
    SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        var problems = new ProblemResponses();
        http.securityMatcher("/webhooks/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/webhooks/whatsapp").permitAll()
                        .requestMatchers(HttpMethod.POST, "/webhooks/whatsapp").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
            ApiTokenManagement tokens) throws Exception {
        var problems = new ProblemResponses();
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/beneficiaries/*/eligibility").hasAnyRole(CASEWORKERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/beneficiaries/*/assessments")
                        .hasAnyRole(ASSESSMENT_READERS)
                        .requestMatchers("/api/v1/beneficiaries/*/assessments").hasAnyRole(ASSESSORS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/beneficiaries/**", "/api/v1/segments/**")
                        .hasAnyRole(REGISTRY_READERS)
                        .requestMatchers("/api/v1/beneficiaries/**").hasAnyRole(REGISTRY_WRITERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/services/**", "/api/v1/calendar/**").authenticated()
                        .requestMatchers("/api/v1/requests/**").hasAnyRole(CASEWORKERS)
                        .requestMatchers("/api/v1/letters/**").hasAnyRole(CASEWORKERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/activities", "/api/v1/activities/**")
                        .hasAnyRole(ACTIVITY_READERS)
                        .requestMatchers("/api/v1/activities", "/api/v1/activities/**").hasAnyRole(ACTIVITY_EDITORS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/notifications/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/api/v1/campaigns", "/api/v1/campaigns/**", "/api/v1/audiences/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/satisfaction/summary").hasAnyRole(RESULTS_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/**").hasAnyRole(RESULTS_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/knowledge/**").hasAnyRole(LIBRARY_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/policies").hasAnyRole(POLICY_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/breaches").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/api/v1/knowledge/**").hasAnyRole(LIBRARY_EDITORS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/privacy/requests", "/api/v1/privacy/requests/**")
                        .hasAnyRole(PRIVACY_OFFICERS)
                        .requestMatchers("/api/v1/outreach/rules", "/api/v1/outreach/rules/**")
                        .hasAnyRole(OUTREACH_RULE_KEEPERS)
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * The beneficiary portal: beneficiaries sign in with a one-time code (its controllers establish the session),
     * their security context lives in its own session attribute (the portal module's repository, which also drops
     * sessions ended by "sign out everywhere"), so a staff session never opens a portal page and a beneficiary's
     * session never opens a staff page. The privacy notice is public.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portal(HttpSecurity http,
            @Qualifier("portalSessions") SecurityContextRepository beneficiarySessions) throws Exception {
        http.securityMatcher("/portal", "/portal/**", "/privacy", "/privacy/versions/*")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/privacy", "/privacy/versions/*", "/portal/login", "/portal/code", "/portal/claim",
                                "/portal/register").permitAll()
                        .anyRequest().hasRole("BENEFICIARY"))
                .securityContext(context -> context.securityContextRepository(beneficiarySessions))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/portal/login")))
                .requestCache(cache -> cache.disable())
                // Only the portal's context goes: a staff sign-in in the same browser stays.
                .logout(logout -> logout.logoutUrl("/portal/logout").invalidateHttpSession(false)
                        .logoutSuccessUrl("/portal/login?loggedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_SITE_PAGES).permitAll()
                        // The public site's upcoming activities: before any /activities/** rule, which is the staff's.
                        .requestMatchers(HttpMethod.GET, PUBLIC_ACTIVITY_PAGES).permitAll()
                        .requestMatchers("/forms/**").permitAll()
                        .requestMatchers(SURVEY_PAGES).permitAll()
                        .requestMatchers("/actuator/**", "/admin/**", "/audit/**").hasRole("ADMIN")
                        .requestMatchers("/beneficiaries/*/legal-hold", "/beneficiaries/*/legal-hold/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/beneficiaries/*/assessments/new", "/assessments/pending",
                                "/assessments/*/verify", "/assessments/*/reject").hasAnyRole(ASSESSORS)
                        .requestMatchers(HttpMethod.GET, "/beneficiaries/*/assessments", "/beneficiaries/*/assessments/**",
                                "/assessments/**").hasAnyRole(ASSESSMENT_READERS)
                        .requestMatchers("/beneficiaries/*/assessments", "/assessments/**").hasAnyRole(ASSESSORS)
                        .requestMatchers(HttpMethod.GET, "/beneficiaries/**").hasAnyRole(REGISTRY_READERS)
                        .requestMatchers("/beneficiaries/**").hasAnyRole(REGISTRY_WRITERS)
                        .requestMatchers("/requests/*/knowledge", "/requests/*/knowledge/**")
                        .hasAnyRole(INQUIRY_ANSWERERS)
                        .requestMatchers(HttpMethod.GET, "/knowledge/report", "/knowledge/report/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/requests/**", "/inbox/**", "/intake/**").hasAnyRole(CASEWORKERS)
                        .requestMatchers("/inbound/**").hasAnyRole(REGISTRY_WRITERS)
                        // Asking a beneficiary to rate a call or a visit speaks to them: those who record contacts.
                        .requestMatchers("/contacts/*/rating").hasAnyRole(REGISTRY_WRITERS)
                        .requestMatchers("/letters/**").hasAnyRole(CASEWORKERS)
                        .requestMatchers(ACTIVITY_FORMS).hasAnyRole(ACTIVITY_EDITORS)
                        .requestMatchers(HttpMethod.GET, "/activities", "/activities/**").hasAnyRole(ACTIVITY_READERS)
                        .requestMatchers("/activities", "/activities/**").hasAnyRole(ACTIVITY_EDITORS)
                        .requestMatchers(LIBRARY_FORMS).hasAnyRole(LIBRARY_EDITORS)
                        .requestMatchers(HttpMethod.GET, "/knowledge", "/knowledge/**").hasAnyRole(LIBRARY_READERS)
                        .requestMatchers("/knowledge", "/knowledge/**").hasAnyRole(LIBRARY_EDITORS)
                        .requestMatchers("/notifications/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/follow-ups/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/follow-ups/**").hasRole("MANAGER")
                        .requestMatchers("/improvements/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/outreach/campaigns", "/outreach/campaigns/**", "/outreach/audience")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(HttpMethod.GET, "/satisfaction").hasAnyRole(RESULTS_READERS)
                        // Who is due for re-assessment is a list of names: not for the board, which reads counts.
                        .requestMatchers(HttpMethod.GET, "/reports/needs/reassessment",
                                "/reports/needs/reassessment/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/reports/eligibility-overrides").hasRole("MANAGER")
                        .requestMatchers(HttpMethod.GET, "/eligibility/fragment").hasAnyRole(CASEWORKERS)
                        .requestMatchers(HttpMethod.GET, "/reports", "/reports/**").hasAnyRole(RESULTS_READERS)
                        .requestMatchers(HttpMethod.GET, "/satisfaction/comments").hasRole("MANAGER")
                        .requestMatchers(HttpMethod.GET, "/satisfaction/mine").hasAnyRole(CASEWORKERS)
                        // A draft is written and sent to the board by its owner too: the governance module checks who.
                        .requestMatchers(HttpMethod.GET, "/governance/policies/new",
                                "/governance/policies/*/versions/*/acknowledgements").hasAnyRole(POLICY_EDITORS)
                        .requestMatchers(HttpMethod.GET, "/governance/**").hasAnyRole(POLICY_READERS)
                        .requestMatchers(HttpMethod.POST, "/governance/policies",
                                "/governance/policies/*/versions/*/publish").hasAnyRole(POLICY_EDITORS)
                        .requestMatchers(HttpMethod.POST, "/governance/policies/*/versions/*/decide").hasRole("BOARD")
                        .requestMatchers(HttpMethod.POST, "/governance/policies/*/versions/*/edit",
                                "/governance/policies/*/versions/*/submit", "/governance/policies/*/next",
                                "/governance/policies/*/versions/*/acknowledge").hasAnyRole(POLICY_READERS)
                        .requestMatchers("/governance/**").denyAll()
                        // Managers read the PDPL records; the administrator keeps them.
                        .requestMatchers(PRIVACY_FORMS).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, PRIVACY_RECORDS).hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(PRIVACY_RECORDS).hasRole("ADMIN")
                        .requestMatchers("/privacy/requests", "/privacy/requests/**").hasAnyRole(PRIVACY_OFFICERS)
                        .requestMatchers("/outreach/rules", "/outreach/rules/**").hasAnyRole(OUTREACH_RULE_KEEPERS)
                        .requestMatchers("/outreach/tasks", "/outreach/tasks/**").hasAnyRole(CALLERS)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
