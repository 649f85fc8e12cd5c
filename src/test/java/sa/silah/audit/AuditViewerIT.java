package sa.silah.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** The administrator's audit viewer, access log and unusual-access report, and the trail's append-only rule. */
@IntegrationTest
class AuditViewerIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BeneficiaryRegistry registry;

    RequestPostProcessor admin = user("audit-admin").roles("ADMIN");
    RequestPostProcessor officer = user("audit-officer").roles("OFFICER");
    String suffix = Long.toString(System.nanoTime(), 36);

    private void changed(String actor, String subjectId, String action, Instant at, FieldChange... changes) {
        transaction.executeWithoutResult(status -> events.publishEvent(
                new RecordChanged("BENEFICIARY", subjectId, action, actor, List.of(changes), at)));
    }

    private void accessed(String actor, String subjectId, String purpose, Instant at) {
        transaction.executeWithoutResult(status -> events.publishEvent(
                new PersonalDataAccessed("BENEFICIARY", subjectId, actor, purpose, at)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void filtersTheTrailByAccountActionAndRiyadhDaysNewestFirstWithEachFieldChange() throws Exception {
        String actor = "auditor-" + suffix;
        // 21:30 UTC on 10 March is 00:30 on 11 March in Riyadh: the entry belongs to the 11th.
        Instant lateEvening = Instant.parse("2025-03-10T21:30:00Z");
        changed(actor, "s-" + suffix, "CREATED", lateEvening.minusSeconds(3600), new FieldChange("city", null, "الرياض"));
        changed(actor, "s-" + suffix, "UPDATED", lateEvening, new FieldChange("city", "الرياض", "حائل"));
        changed("someone-else-" + suffix, "s-" + suffix, "UPDATED", lateEvening, new FieldChange("city", "حائل", "جدة"));

        MvcResult page = mvc.perform(get("/admin/audit").param("actor", actor).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<del>الرياض</del>"), containsString("حائل"),
                        not(containsString("جدة"))))).andReturn();
        assertThat((Page<?>) page.getModelAndView().getModel().get("entries")).hasSize(2);

        List<AuditEntry> newestFirst = audit.changes(new AuditFilter(actor, "BENEFICIARY", "s-" + suffix, null, null,
                null), PageRequest.of(0, 50)).getContent();
        assertThat(newestFirst).extracting(AuditEntry::getAction).containsExactly("UPDATED", "CREATED");

        LocalDate eleventh = LocalDate.of(2025, 3, 11);
        assertThat(audit.changes(new AuditFilter(actor, null, null, "UPDATED", eleventh, eleventh), PageRequest.of(0, 50))
                .getContent()).extracting(AuditEntry::getAction).containsExactly("UPDATED");
        assertThat(audit.changes(new AuditFilter(actor, null, null, null, null, eleventh.minusDays(1)),
                PageRequest.of(0, 50)).getContent()).extracting(AuditEntry::getAction).containsExactly("CREATED");
        mvc.perform(get("/admin/audit").with(admin).param("actor", actor).param("action", "UPDATED")
                        .param("from", "2025-03-11").param("to", "2025-03-11"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<del>الرياض</del>"), containsString("حائل"))));
    }

    @Test
    void pagesTheTrailFiftyAtATime() throws Exception {
        String actor = "busy-" + suffix;
        Instant start = now().minus(2, ChronoUnit.DAYS);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 55; i++) {
                events.publishEvent(new RecordChanged("BENEFICIARY", "p" + i + "-" + suffix, "UPDATED", actor,
                        List.of(new FieldChange("mobile", "old" + i, "new" + i)), start.plusSeconds(i)));
            }
        });
        mvc.perform(get("/admin/audit").with(admin).param("actor", actor)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("new54"), containsString("new5<"),
                        not(containsString("new4<")), containsString("page=1"))));
        mvc.perform(get("/admin/audit").with(admin).param("actor", actor).param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("new4<"), containsString("new0<"),
                        not(containsString("new5<")))));
    }

    @Test
    void aFilterItCannotReadIsNamedBesideItsFieldNotAnError() throws Exception {
        mvc.perform(get("/admin/audit").with(admin).param("from", "2025-13-45").param("actor", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "from", "typeMismatch"))
                .andExpect(content().string(allOf(containsString("أدخل تاريخًا."), containsString("2025-13-45"))));
        mvc.perform(get("/admin/audit/access").with(admin).param("from", "2025-03-11").param("to", "2025-03-10"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "to", "audit.filter.toBeforeFrom"))
                .andExpect(content().string(containsString("يوم النهاية قبل يوم البداية.")));
        mvc.perform(get("/admin/audit/unusual").with(admin).param("records", "many").param("minutes", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "records", "typeMismatch"))
                .andExpect(content().string(containsString("أدخل عددًا صحيحًا.")));
        mvc.perform(get("/admin/audit/unusual").with(admin).param("records", "30").param("minutes", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "minutes", "audit.unusual.minutesOutOfRange"));
        mvc.perform(get("/admin/audit/export.csv").with(admin).param("to", "yesterday"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdministratorsSeeTheViewerAndTheTrailOnABeneficiarysPage() throws Exception {
        for (String page : List.of("/admin/audit", "/admin/audit/access", "/admin/audit/unusual",
                "/admin/audit/export.csv")) {
            mvc.perform(get(page).with(officer)).andExpect(status().isForbidden());
            mvc.perform(get(page).with(user("audit-manager").roles("MANAGER"))).andExpect(status().isForbidden());
        }
        String id = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "سلمى " + TestData.uniqueWord(),
                null, null, null, null, null, null, null, null, null, null, null, null, List.of())).getId().toString();
        mvc.perform(get("/beneficiaries/" + id).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/audit/BENEFICIARY/"))));
        mvc.perform(get("/beneficiaries/" + id).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/audit/BENEFICIARY/" + id)));
        mvc.perform(get("/audit/BENEFICIARY/" + id).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/audit?subjectType=BENEFICIARY&amp;subjectId=" + id)));
    }

    @Test
    void noRequestChangesOrDeletesAnEntry() throws Exception {
        String actor = "keeper-" + suffix;
        changed(actor, "k-" + suffix, "UPDATED", now(), new FieldChange("name", "قديم", "جديد"));
        accessed(actor, "k-" + suffix, "VIEW", now());
        Map<String, Object> entry = jdbc.queryForMap("select * from audit_entry where actor = ?", actor);
        Map<String, Object> access = jdbc.queryForMap("select * from personal_data_access where actor = ?", actor);
        String entryId = entry.get("id").toString();

        for (String path : List.of("/admin/audit", "/admin/audit/access", "/admin/audit/unusual")) {
            mvc.perform(post(path).with(admin).with(csrf()).param("actor", "x")).andExpect(status().isMethodNotAllowed());
            mvc.perform(put(path).with(admin).with(csrf())).andExpect(status().isMethodNotAllowed());
            mvc.perform(delete(path).with(admin).with(csrf()).param("id", entryId)).andExpect(status().isMethodNotAllowed());
            mvc.perform(delete(path).with(officer).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(delete("/audit/BENEFICIARY/k-" + suffix).with(admin).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/audit/BENEFICIARY/k-" + suffix).with(admin).with(csrf()).param("changes", "[]"))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/admin/audit/" + entryId).with(admin).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(404, 405));

        assertThat(jdbc.queryForMap("select * from audit_entry where actor = ?", actor)).isEqualTo(entry);
        assertThat(jdbc.queryForMap("select * from personal_data_access where actor = ?", actor)).isEqualTo(access);
    }

    @Test
    void theAccessLogIsFilteredByAccountRecordAndPurpose() throws Exception {
        String actor = "reader-" + suffix;
        accessed(actor, "a-" + suffix, "VIEW", now().minusSeconds(60));
        accessed(actor, "b-" + suffix, "EXPORT", now());
        accessed("other-" + suffix, "a-" + suffix, "VIEW", now());

        mvc.perform(get("/admin/audit/access").with(admin).param("actor", actor).param("purpose", "EXPORT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("b-" + suffix), not(containsString(">a-" + suffix)),
                        containsString("تصدير"))));
        mvc.perform(get("/admin/audit/access").with(admin).param("subjectType", "BENEFICIARY")
                        .param("subjectId", "a-" + suffix))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(actor), containsString("other-" + suffix),
                        not(containsString(">b-" + suffix)))));
        LocalDate today = LocalDate.now(Dates.RIYADH);
        assertThat(audit.accesses(new AccessFilter(actor, null, null, null, today, today), PageRequest.of(0, 50))
                .getContent()).extracting(PersonalDataAccess::getSubjectId).containsExactly("b-" + suffix, "a-" + suffix);
    }

    @Test
    void reportsAnAccountThatOpenedFortyRecordsInTenMinutesButNotOneThatOpenedFive() throws Exception {
        String hoarder = "hoarder-" + suffix;
        String careful = "careful-" + suffix;
        Instant start = now().minus(3, ChronoUnit.HOURS);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 40; i++) {
                Instant at = start.plusSeconds(15L * i);
                events.publishEvent(new PersonalDataAccessed("BENEFICIARY", "h" + i + "-" + suffix, hoarder, "VIEW", at));
                if (i % 10 == 0) {
                    // The same record again: an opening, but not another record.
                    events.publishEvent(new PersonalDataAccessed("BENEFICIARY", "h" + i + "-" + suffix, hoarder,
                            "VIEW", at.plusSeconds(1)));
                }
            }
            for (int i = 0; i < 5; i++) {
                events.publishEvent(new PersonalDataAccessed("BENEFICIARY", "c" + i + "-" + suffix, careful, "VIEW",
                        start.plusSeconds(60L * i)));
            }
        });

        LocalDate today = LocalDate.now(Dates.RIYADH);
        List<UnusualAccess> lines = audit.unusualAccess(new UnusualAccessQuery(today.minusDays(1), today, 30, 60))
                .stream().filter(line -> line.actor().endsWith(suffix)).toList();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo(hoarder);
            assertThat(line.records()).isEqualTo(40);
            assertThat(line.accesses()).isEqualTo(44);
            assertThat(line.firstAccess()).isEqualTo(start);
            assertThat(line.lastAccess()).isEqualTo(start.plusSeconds(15L * 39));
        });
        assertThat(audit.unusualAccess(new UnusualAccessQuery(today.minusDays(1), today, 4, 60)))
                .filteredOn(line -> line.actor().endsWith(suffix)).extracting(UnusualAccess::actor)
                .containsExactly(careful, hoarder);
        assertThat(audit.unusualAccess(new UnusualAccessQuery(today.minusDays(1), today, 30, 5)))
                .filteredOn(line -> line.actor().endsWith(suffix)).isEmpty();

        mvc.perform(get("/admin/audit/unusual").with(admin)).andExpect(status().isOk())
                .andExpect(model().attributeHasNoErrors("filter"))
                .andExpect(content().string(allOf(containsString(hoarder), not(containsString(careful)),
                        containsString("/admin/audit/access?actor=" + hoarder),
                        containsString("أكثر من 30 سجلًا مختلفًا خلال 60 دقيقة."))));
        mvc.perform(get("/admin/audit/unusual").with(admin).param("records", "50"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(hoarder))));
    }

    @Test
    void exportsTheTrailAsFiltered() throws Exception {
        String actor = "exported-" + suffix;
        changed(actor, "e-" + suffix, "UPDATED", now(), new FieldChange("mobile", "0550000000", "0551111111"));
        MvcResult started = mvc.perform(get("/admin/audit/export.csv").with(admin).param("actor", actor))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(actor, "e-" + suffix, "mobile: 0550000000 → 0551111111")
                .doesNotContain("keeper-");
    }
}
