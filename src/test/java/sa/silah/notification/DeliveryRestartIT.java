package sa.silah.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import sa.silah.SilahApplication;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.casework.Casework;
import sa.silah.casework.NewRequest;
import sa.silah.casework.RequestKind;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;
import sa.silah.test.TestDatabase;

/**
 * The whole application with real transports (Taqnyat SMS and WhatsApp against WireMock, email against
 * GreenMail), run twice on one H2 file database: the first run sends (an SMS failing once, then retried),
 * the second run starts where the first stopped, gets the event redelivered, and sends nothing again.
 */
class DeliveryRestartIT {

    private static WireMockServer gateway;
    private static GreenMail mailServer;

    @BeforeAll
    static void startProviders() {
        Assumptions.assumeFalse(TestDatabase.postgresRequested(),
                "runs on its own H2 file database, once, in the H2 pass");
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        gateway.stubFor(post("/v1/messages").inScenario("sms").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"temporarily unavailable\"}"))
                .willSetStateTo("up"));
        gateway.stubFor(post("/v1/messages").inScenario("sms").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"statusCode\":201,\"messageId\":9001}")));
        gateway.stubFor(post("/v21.0/555000111/messages").willReturn(okJson("{\"messages\":[{\"id\":\"wamid.RESTART1\"}]}")));
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    @AfterAll
    static void stopProviders() {
        if (gateway != null) {
            gateway.stop();
            mailServer.stop();
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        // Arguments, not default properties: application.properties would outrank those.
        return new SpringApplicationBuilder(SilahApplication.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--silah.demo-data=false",
                "--silah.scheduling.enabled=false",
                "--silah.notifications.send-immediately=false",
                "--silah.admin-password=" + TestAccounts.ADMIN_PASSWORD,
                "--silah.data-dir=" + directory,
                "--spring.datasource.url=jdbc:h2:file:" + directory + "/silah;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                "--silah.notifications.sms.provider=taqnyat",
                "--silah.notifications.sms.base-url=" + gateway.baseUrl(),
                "--silah.notifications.sms.token=test-token",
                "--silah.notifications.sms.sender=Silah",
                "--silah.notifications.whatsapp.base-url=" + gateway.baseUrl() + "/v21.0",
                "--silah.notifications.whatsapp.phone-number-id=555000111",
                "--silah.notifications.whatsapp.access-token=test-access-token",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mailServer.getSmtp().getPort());
    }

    @Test
    void sendsOnEveryChannelRetriesAFailureAndSendsNothingAgainAfterARestart() {
        Path directory = Path.of("target", "restart-it", UUID.randomUUID().toString()).toAbsolutePath();
        Instant noon = NotificationFixture.riyadh(1, 12, 0);
        String smsRef;
        try (ConfigurableApplicationContext first = start(directory)) {
            smsRef = firstRun(first, noon);
        }
        assertThat(gateway.findAll(postRequestedFor(urlEqualTo("/v1/messages")))).hasSize(2);

        try (ConfigurableApplicationContext second = start(directory)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            second.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
            awaitEveryEventHandled(jdbc);

            assertThat(second.getBean(Dispatcher.class).dispatch(noon.plus(Duration.ofDays(1)))).isZero();
            assertThat(second.getBean(Notifier.class).ofRequest(smsRef, PageRequest.of(0, 10)).getContent())
                    .singleElement().extracting(Notification::getStatus).isEqualTo(MessageStatus.SENT);
            assertThat(jdbc.queryForObject("select count(*) from notification where template_key = 'REQUEST_RECEIVED'",
                    Long.class)).isEqualTo(3);
        }
        assertThat(gateway.findAll(postRequestedFor(urlEqualTo("/v1/messages")))).hasSize(2);
        assertThat(gateway.findAll(postRequestedFor(urlEqualTo("/v21.0/555000111/messages")))).hasSize(1);
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
    }

    /** Submits one request per channel, sends, fails the SMS once and retries it; answers the SMS request's reference. */
    private String firstRun(ConfigurableApplicationContext app, Instant noon) {
        var registry = app.getBean(BeneficiaryRegistry.class);
        var fixture = new NotificationFixture(app.getBean(DepartmentManagement.class), app.getBean(ServiceCatalog.class),
                app.getBean(StaffManagement.class), registry);
        Casework casework = app.getBean(Casework.class);
        String officer = TestAccounts.ensure(app.getBean(StaffManagement.class), Role.OFFICER);
        String smsRef = submit(casework, officer, fixture, fixture.smsBeneficiary());
        String whatsappRef = submit(casework, officer, fixture,
                fixture.beneficiary(TestData.mobile(), null, ContactChannel.WHATSAPP, null, Set.of()));
        String emailRef = submit(casework, officer, fixture,
                fixture.beneficiary(null, "huda@example.com", ContactChannel.EMAIL, null, Set.of()));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        awaitEveryEventHandled(jdbc);
        Dispatcher dispatcher = app.getBean(Dispatcher.class);
        Notifier notifier = app.getBean(Notifier.class);

        assertThat(dispatcher.dispatch(noon)).isEqualTo(2);
        Notification failed = only(notifier, smsRef);
        assertThat(failed.getStatus()).isEqualTo(MessageStatus.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("503");
        assertThat(failed.getNextAttemptAt()).isEqualTo(noon.plus(Duration.ofMinutes(1)));
        assertThat(only(notifier, whatsappRef).getProviderMessageId()).isEqualTo("wamid.RESTART1");
        assertThat(only(notifier, emailRef).getStatus()).isEqualTo(MessageStatus.SENT);

        assertThat(dispatcher.dispatch(noon.plusSeconds(30))).isZero();
        assertThat(dispatcher.dispatch(noon.plus(Duration.ofMinutes(2)))).isEqualTo(1);
        Notification sent = only(notifier, smsRef);
        assertThat(sent.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getProviderMessageId()).isEqualTo("9001");
        gateway.verify(2, postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.body", com.github.tomakehurst.wiremock.client.WireMock
                        .containing("استلمنا طلبك " + smsRef))));

        // As if the listener's success had not been recorded (the node died first): the event is delivered again.
        assertThat(jdbc.update("update event_publication set completion_date = null, status = 'FAILED' "
                + "where event_type like '%RequestSubmitted' and serialized_event like ?", "%" + smsRef + "%")).isEqualTo(1);
        return smsRef;
    }

    private static String submit(Casework casework, String officer, NotificationFixture fixture, UUID beneficiary) {
        return casework.submit(new NewRequest(beneficiary, RequestKind.SERVICE, Channel.PHONE, fixture.serviceCode,
                "طلب سلة غذائية", null, null, null, null, null, null), casework.caseworker(officer)).getReferenceNumber();
    }

    private static Notification only(Notifier notifier, String ref) {
        List<Notification> messages = notifier.ofRequest(ref, PageRequest.of(0, 10)).getContent();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static void awaitEveryEventHandled(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Long.class) == 0);
    }
}
