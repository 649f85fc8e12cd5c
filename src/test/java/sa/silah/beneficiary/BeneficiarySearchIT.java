package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;
import sa.silah.test.TestData;
import sa.silah.test.TestDatabase;

@IntegrationTest
class BeneficiarySearchIT {

    @Autowired
    BeneficiaryRegistry registry;


    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPageOfResultsWithTheirSegmentsTakesAFixedNumberOfQueries() {
        String word = TestData.uniqueWord();
        for (int i = 0; i < 25; i++) {
            registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "محمد " + word + " " + i, null,
                    TestData.nationalId('1'), null, null, null, null, null, null, null, null, null, null,
                    List.of(i % 2 == 0 ? "ORPHANS" : "WIDOWS", "LOW_INCOME")));
        }
        QueryCount.reset();

        Page<Beneficiary> page = registry.search("محمد " + word, PageRequest.of(0, 20));

        assertThat(page.getContent()).hasSize(20).allSatisfy(b -> assertThat(b.segmentCodes()).hasSize(2));
        assertThat(page.getTotalElements()).isEqualTo(25);
        // The ids and the count come through JDBC; Hibernate loads the rows and their segments once each.
        assertThat(QueryCount.statements()).isLessThanOrEqualTo(2);
    }

    @Test
    void postgresAnswersNameSearchFromTheTextSearchIndex() {
        assumeTrue(TestDatabase.postgresRequested(), "PostgreSQL only");
        assertThat(jdbc.queryForObject("select datctype from pg_database where datname = current_database()",
                String.class)).containsIgnoringCase("utf");
        List<String> plan = transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain select id from beneficiary where to_tsvector('simple', search_name) "
                    + "@@ to_tsquery('simple', 'محم:* & عبدالل:*')", String.class);
        });
        assertThat(String.join("\n", plan)).contains("beneficiary_search_name_fts_idx");
        assertThat(jdbc.queryForObject("select to_tsvector('simple', 'محمد عبدالله الحربي') @@ "
                + "to_tsquery('simple', 'محم:* & عبدالل:*')", Boolean.class)).isTrue();
    }
}
