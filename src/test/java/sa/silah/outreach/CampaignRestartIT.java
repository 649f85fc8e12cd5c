package sa.silah.outreach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import sa.silah.SilahApplication;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.notification.NotificationDispatch;
import sa.silah.shared.Dates;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;
import sa.silah.test.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application, SMS through Taqnyat against WireMock at five a minute, run twice on one H2 file database: the
 * first run releases and sends part of a campaign and stops with released messages not yet sent; the second finishes.
 * The gateway is asked exactly once per recipient.
 */
class CampaignRestartIT {

    private static final int RECIPIENTS = 12;
    private static WireMockServer gateway;

    @BeforeAll
    static void startGateway() {
        Assumptions.assumeFalse(TestDatabase.postgresRequested(),
                "runs on its own H2 file database, once, in the H2 pass");
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        gateway.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"statusCode\":201,\"messageId\":7001}")));
    }

    @AfterAll
    static void stopGateway() {
        if (gateway != null) {
            gateway.stop();
        }
    }

    static ConfigurableApplicationContext start(Path directory, String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--silah.demo-data=false",
                "--silah.scheduling.enabled=false",
                "--silah.notifications.send-immediately=false",
                "--silah.admin-password=" + TestAccounts.ADMIN_PASSWORD,
                "--silah.data-dir=" + directory,
                "--spring.datasource.url=jdbc:h2:file:" + directory + "/silah;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(SilahApplication.class).run(arguments.toArray(String[]::new));
    }

    @Test
    void aRestartMidCampaignSendsEveryoneExactlyOnce() {
        Path directory = Path.of("target", "campaign-restart-it", UUID.randomUUID().toString()).toAbsolutePath();
        String[] gatewayArguments = { "--silah.notifications.sms.provider=taqnyat",
                "--silah.notifications.sms.base-url=" + gateway.baseUrl(), "--silah.notifications.sms.token=test-token",
                "--silah.notifications.sms.sender=Silah", "--silah.outreach.rate.sms-per-minute=5" };
        Instant ten = LocalDate.now(Dates.RIYADH).plusDays(1).atTime(LocalTime.of(10, 0)).atZone(Dates.RIYADH).toInstant();
        Set<String> numbers = new HashSet<>();
        UUID campaign;
        try (ConfigurableApplicationContext first = start(directory, gatewayArguments)) {
            OutreachFixture fixture = new OutreachFixture(first.getBean(BeneficiaryRegistry.class));
            for (int i = 0; i < RECIPIENTS; i++) {
                String mobile = TestData.mobile();
                fixture.consenting(mobile);
                numbers.add(SaudiMobile.parse(mobile).e164().substring(1));
            }
            Outreach outreach = first.getBean(Outreach.class);
            campaign = outreach.create(OutreachFixture.smsCampaign("حملة إعادة التشغيل", fixture.inCity()), "manager")
                    .getId();
            outreach.start(campaign);
            CampaignSender sender = first.getBean(CampaignSender.class);

            assertThat(sender.release(ten)).isEqualTo(5);
            assertThat(NotificationDispatch.dispatch(first, ten)).isEqualTo(5);
            assertThat(sender.release(ten.plusSeconds(61))).isEqualTo(5);
            // Stopped here: five released and stored, not yet sent.
        }
        assertThat(gateway.findAll(postRequestedFor(urlEqualTo("/v1/messages")))).hasSize(5);

        try (ConfigurableApplicationContext second = start(directory, gatewayArguments)) {
            CampaignSender sender = second.getBean(CampaignSender.class);
            assertThat(sender.release(ten.plusSeconds(62))).isZero();
            assertThat(NotificationDispatch.dispatch(second, ten.plusSeconds(62))).isEqualTo(5);
            assertThat(sender.release(ten.plusSeconds(122))).isEqualTo(2);
            assertThat(NotificationDispatch.dispatch(second, ten.plusSeconds(122))).isEqualTo(2);
            assertThat(sender.release(ten.plusSeconds(183))).isZero();
            assertThat(NotificationDispatch.dispatch(second, ten.plusSeconds(300))).isZero();

            Outreach outreach = second.getBean(Outreach.class);
            assertThat(outreach.get(campaign).getStatus()).isEqualTo(CampaignStatus.COMPLETED);
            CampaignFigures figures = outreach.figures(campaign);
            assertThat(figures.released()).isEqualTo(RECIPIENTS);
            assertThat(figures.sent()).isEqualTo(RECIPIENTS);
        }

        List<LoggedRequest> requests = gateway.findAll(postRequestedFor(urlEqualTo("/v1/messages")));
        assertThat(requests).hasSize(RECIPIENTS);
        JsonMapper json = JsonMapper.builder().build();
        List<String> sentTo = requests.stream()
                .map(request -> json.readTree(request.getBodyAsString()).path("recipients").path(0).asString()).toList();
        assertThat(sentTo).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(numbers);
    }
}
