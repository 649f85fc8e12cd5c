package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.SaudiMobile;

/** Signs a beneficiary in through the portal's pages, reading the code from the outbox as they would read the SMS. */
final class PortalSignIn {

    /** The session attribute of the login attempt, as the login pages keep it. */
    static final String ATTEMPT = "silah.portal.attempt";

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    PortalSignIn(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** Asks for a code for the mobile from this client address. */
    ResultActions askForCode(MockHttpSession session, String mobile, String clientAddress) throws Exception {
        return mvc.perform(post("/portal/login").session(session).with(csrf()).param("mobile", mobile)
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                }));
    }

    /** An address no other test sends from, so that the per-address limit never meets another test's codes. */
    static String randomClientAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    ResultActions typeCode(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/portal/code").session(session).with(csrf()).param("code", code));
    }

    /** The code of the latest message to this mobile, as its owner reads it. */
    String latestCode(String mobile) {
        List<String> bodies = jdbc.queryForList(
                "select body from notification where recipient = ? order by created_at desc",
                String.class, SaudiMobile.parse(mobile).e164());
        assertThat(bodies).isNotEmpty();
        Matcher code = SIX_DIGITS.matcher(bodies.get(0));
        assertThat(code.find()).isTrue();
        return code.group();
    }

    /** Mobile and code: the session then holds either a signed-in beneficiary or a verified mobile. */
    MockHttpSession verify(String mobile) throws Exception {
        MockHttpSession session = new MockHttpSession();
        askForCode(session, mobile, randomClientAddress()).andExpect(redirectedUrl("/portal/code"));
        typeCode(session, latestCode(mobile));
        return session;
    }

    /** Signs the beneficiary in, claiming the record with their national ID when the mobile alone does not find it. */
    MockHttpSession claimed(Beneficiary beneficiary) throws Exception {
        MockHttpSession session = verify(beneficiary.getMobile());
        if (session.getAttribute(PortalSessions.CONTEXT_ATTRIBUTE) == null) {
            mvc.perform(post("/portal/claim").session(session).with(csrf())
                    .param("identifier", beneficiary.getNationalId())).andExpect(redirectedUrl("/portal"));
        }
        return session;
    }
}
