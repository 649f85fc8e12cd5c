package sa.silah.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.NationalId;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Casework;
import sa.silah.casework.Request;
import sa.silah.casework.RequestHistoryEntry;
import sa.silah.staff.Role;
import sa.silah.test.IntegrationTest;

/** Small runs on the shared test database, removed after each test so that other tests never meet them. */
@IntegrationTest
class DataGeneratorIT {

    private static final String GENERATED_REQUESTS = "select id from request where submitted_by = 'generator'";
    private static final String GENERATED_RESPONSES = "select id from survey_response where request_id in ("
            + GENERATED_REQUESTS + ")";

    private static final Caseworker ADMIN = new Caseworker("admin", null, Set.of(Role.ADMIN));

    @Autowired
    DataGenerator generator;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    Casework casework;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fillsTheDatabaseWithDataTheApplicationFindsAndOpens() {
        long beneficiaries = generated("beneficiary", "created_by");
        long requests = generated("request", "submitted_by");

        generator.generate(new GeneratorOptions(300, 600, 1447, 250, true));
        // A second run on the same database keeps every unique constraint.
        generator.generate(new GeneratorOptions(20, 40, 1447, 250, true));

        assertThat(generated("beneficiary", "created_by")).isEqualTo(beneficiaries + 320);
        assertThat(generated("request", "submitted_by")).isEqualTo(requests + 640);
        assertThat(count("select count(*) from request_history h join request r on r.id = h.request_id"
                + " where r.submitted_by = 'generator'")).isGreaterThanOrEqualTo(640);
        assertThat(count("select count(*) from interaction where actor = 'generator'")).isGreaterThanOrEqualTo(640);
        assertThat(count("select count(*) from notification n join request r on r.id = n.request_id"
                + " where r.submitted_by = 'generator'")).isPositive();
        assertThat(count("select count(*) from survey_response s join request r on r.id = s.request_id"
                + " where r.submitted_by = 'generator'")).isPositive();
        assertThat(jdbc.queryForList("select distinct status from request where submitted_by = 'generator'",
                String.class)).contains("RESOLVED", "REJECTED", "IN_PROGRESS");
        assertThat(jdbc.queryForList("select distinct sla_state from request where submitted_by = 'generator'",
                String.class)).contains("ON_TRACK", "BREACHED");

        List<Map<String, Object>> people = jdbc.queryForList("select national_id, mobile from beneficiary"
                + " where created_by = 'generator' and national_id is not null");
        assertThat(people).allSatisfy(person -> {
            assertThat(NationalId.isValid((String) person.get("national_id"))).isTrue();
            assertThat(SaudiMobile.parse((String) person.get("mobile")).e164()).isEqualTo(person.get("mobile"));
        });
    }

    @Test
    void theRegistryFindsAGeneratedPersonByPartsOfTheirName() {
        generator.generate(new GeneratorOptions(30, 0, 7, 250, true));
        Map<String, Object> person = jdbc.queryForList("select id, full_name from beneficiary"
                + " where created_by = 'generator' and type = 'INDIVIDUAL' order by created_at desc").get(0);
        String[] words = ((String) person.get("full_name")).split(" ");
        String partial = words[0].substring(0, 3) + " " + words[2] + " " + words[words.length - 1];

        List<UUID> found = registry.search(partial, PageRequest.of(0, 200)).map(Beneficiary::getId).getContent();

        assertThat(found).contains((UUID) person.get("id"));
    }

    @Test
    void aGeneratedRequestOpensWithItsHistory() {
        generator.generate(new GeneratorOptions(10, 30, 11, 250, true));
        String reference = jdbc.queryForObject("select max(reference_number) from request"
                + " where submitted_by = 'generator' and status = 'RESOLVED'", String.class);

        Request request = casework.find(reference, ADMIN);

        assertThat(request.getReferenceNumber()).matches("REQ-14\\d\\d-\\d{6}");
        assertThat(request.getHistory()).extracting(RequestHistoryEntry::getAction)
                .startsWith(RequestHistoryEntry.Action.SUBMITTED).endsWith(RequestHistoryEntry.Action.STATUS_CHANGED);
        assertThat(casework.timelineOf(request, PageRequest.of(0, 10))).isNotEmpty();
    }

    @Test
    void aDatabaseWithGeneratedDataIsOnlyAddedToOnRequest() {
        generator.generate(new GeneratorOptions(5, 0, 3, 250, true));

        assertThatIllegalStateException().isThrownBy(() -> generator.generate(new GeneratorOptions(5, 0, 3, 250, false)))
                .withMessageContaining("--append");
    }

    @AfterEach
    void removeGeneratedData() {
        jdbc.update("delete from survey_answer where response_id in (" + GENERATED_RESPONSES + ")");
        jdbc.update("delete from survey_response_segment where response_id in (" + GENERATED_RESPONSES + ")");
        jdbc.update("delete from survey_response where request_id in (" + GENERATED_REQUESTS + ")");
        jdbc.update("delete from survey_invitation_segment where invitation_id in (select id from survey_invitation"
                + " where request_id in (" + GENERATED_REQUESTS + "))");
        jdbc.update("delete from survey_invitation where request_id in (" + GENERATED_REQUESTS + ")");
        jdbc.update("delete from notification where request_id in (" + GENERATED_REQUESTS + ")");
        jdbc.update("delete from interaction where request_id in (" + GENERATED_REQUESTS + ")");
        jdbc.update("delete from request where submitted_by = 'generator'");
        jdbc.update("delete from beneficiary where created_by = 'generator'");
    }

    private long generated(String table, String column) {
        return count("select count(*) from " + table + " where " + column + " = 'generator'");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
