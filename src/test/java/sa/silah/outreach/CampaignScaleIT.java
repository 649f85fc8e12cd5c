package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.test.TestDatabase;

/**
 * A campaign to 100,000 recipients is queued in seconds: on its own H2 file database (not the shared test database),
 * 100,000 consenting beneficiaries are written by JDBC batch, and starting the campaign queues every one of them.
 */
class CampaignScaleIT {

    private static final int PEOPLE = 100_000;
    private static final int BATCH = 5_000;

    @Test
    void queuesAHundredThousandRecipientsInSeconds() {
        Assumptions.assumeFalse(TestDatabase.postgresRequested(),
                "runs on its own H2 file database, once, in the H2 pass");
        Path directory = Path.of("target", "campaign-scale-it", UUID.randomUUID().toString()).toAbsolutePath();
        try (ConfigurableApplicationContext app = CampaignRestartIT.start(directory)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String city = "مدينة الحملة الكبيرة";
            insertConsentingPeople(jdbc, city);
            Outreach outreach = app.getBean(Outreach.class);
            UUID id = outreach.create(OutreachFixture.smsCampaign("حملة المئة ألف",
                    new AudienceFilter(null, List.of(city), null, null, null, null, null, null, null, null, null, null,
                            null)), "manager").getId();

            long counting = System.nanoTime();
            app.getBean(Audiences.class).count(outreach.get(id).audience(), outreach.get(id).channels());
            System.out.printf("CampaignScaleIT: counted in %,d ms%n", (System.nanoTime() - counting) / 1_000_000);
            long began = System.nanoTime();
            outreach.start(id);
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            System.out.printf("CampaignScaleIT: %,d recipients counted and queued in %,d ms%n", PEOPLE, took.toMillis());

            assertThat(jdbc.queryForObject("select count(*) from campaign_recipient where campaign_id = ?"
                    + " and status = 'PENDING'", Long.class, id)).isEqualTo(PEOPLE);
            assertThat(outreach.get(id).getRecipientCount()).isEqualTo(PEOPLE);
            assertThat(took).isLessThan(Duration.ofSeconds(30));
        }
    }

    private static void insertConsentingPeople(JdbcTemplate jdbc, String city) {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        for (int from = 0; from < PEOPLE; from += BATCH) {
            List<Object[]> people = new ArrayList<>(BATCH);
            List<Object[]> consents = new ArrayList<>(BATCH);
            for (int i = from; i < from + BATCH; i++) {
                UUID id = UUID.randomUUID();
                String mobile = "+9665" + String.format("%08d", i);
                people.add(new Object[] { id, "مستفيد " + i, "مستفيد " + i, city, mobile, now, now });
                consents.add(new Object[] { id, now });
            }
            jdbc.batchUpdate("insert into beneficiary (id, type, full_name, search_name, city, mobile, created_at,"
                    + " created_by, updated_at, updated_by, version) values (?, 'INDIVIDUAL', ?, ?, ?, ?, ?, 'test', ?,"
                    + " 'test', 0)", people);
            jdbc.batchUpdate("insert into consent (beneficiary_id, purpose, channel, given_at, recorded_by)"
                    + " values (?, 'OUTREACH', 'PHONE', ?, 'test')", consents);
        }
    }
}
