package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.test.IntegrationTest;

/**
 * The retention pages: administrators edit a rule (refused periods are field errors and change nothing), run a
 * dry run and read its report, and may run only an active rule, after confirming; nobody else may open them.
 */
@IntegrationTest
class RetentionPagesIT {

    private static final String RULE = "/admin/retention/CLOSED_REQUEST_ATTACHMENTS";

    @Autowired
    MockMvc mvc;
    @Autowired
    Retention retention;

    RequestPostProcessor admin = user("retention-admin").roles("ADMIN");
    RetentionRule seeded;

    @BeforeEach
    void rememberTheRule() {
        seeded = retention.rule(RetentionCategory.CLOSED_REQUEST_ATTACHMENTS);
    }

    @AfterEach
    void restoreTheRule() {
        retention.change(seeded.getCategory(), seeded.getPeriodLength(), seeded.getPeriodUnit(), seeded.getMode());
    }

    @Test
    void listsTheRulesInTheirModeAndTheAdminMenuLinksThePage() throws Exception {
        mvc.perform(get("/admin/retention").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("المستفيدون غير النشطين")))
                .andExpect(content().string(containsString("مرفقات الطلبات المغلقة")))
                .andExpect(content().string(containsString("تشغيل تجريبي الآن")))
                .andExpect(content().string(containsString("href=\"/admin/retention\"")));
        mvc.perform(get("/admin/retention").param("lang", "en").with(admin))
                .andExpect(content().string(containsString("Inactive beneficiaries")));
    }

    @Test
    void aPeriodOutOfBoundsIsAFieldErrorAndNothingChanges() throws Exception {
        mvc.perform(post(RULE).with(admin).with(csrf())
                        .param("periodLength", "0").param("periodUnit", "YEARS").param("mode", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("المدة 1 على الأقل")));
        mvc.perform(post(RULE).with(admin).with(csrf())
                        .param("periodLength", "51").param("periodUnit", "YEARS").param("mode", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("المدة 50 سنة (600 شهر) على الأكثر")));
        mvc.perform(post(RULE).with(admin).with(csrf())
                        .param("periodLength", "خمس").param("periodUnit", "").param("mode", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أدخل عددًا صحيحًا")));
        mvc.perform(post(RULE).with(admin).with(csrf())
                        .param("periodLength", "5").param("periodUnit", "YEARS").param("mode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("اختر الوضع")));

        RetentionRule kept = retention.rule(RetentionCategory.CLOSED_REQUEST_ATTACHMENTS);
        assertThat(kept.getPeriodLength()).isEqualTo(seeded.getPeriodLength());
        assertThat(kept.getMode()).isEqualTo(seeded.getMode());
    }

    @Test
    void savesARuleAndRunsItNowOnlyOnceActiveAfterConfirming() throws Exception {
        mvc.perform(post(RULE).with(admin).with(csrf())
                        .param("periodLength", "18").param("periodUnit", "MONTHS").param("mode", "DRY_RUN"))
                .andExpect(redirectedUrl("/admin/retention"));
        assertThat(retention.rule(RetentionCategory.CLOSED_REQUEST_ATTACHMENTS).period())
                .isEqualTo(new RetentionPeriod(18, RetentionUnit.MONTHS));

        mvc.perform(get(RULE + "/run").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("شغّل القاعدة"))));
        mvc.perform(post(RULE + "/run").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لا تُشغَّل إلا القاعدة المفعّلة")));

        String dryRun = mvc.perform(post(RULE + "/dry-run").with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/retention/runs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(dryRun).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("التشغيل التجريبي لا يغيّر شيئًا")))
                .andExpect(content().string(containsString("18 شهرًا")))
                .andExpect(content().string(containsString("retention-admin")));

        mvc.perform(post(RULE).with(admin).with(csrf())
                        .param("periodLength", "18").param("periodUnit", "MONTHS").param("mode", "ACTIVE"))
                .andExpect(redirectedUrl("/admin/retention"));
        mvc.perform(get(RULE + "/run").with(admin))
                .andExpect(content().string(containsString("شغّل القاعدة")));
        String run = mvc.perform(post(RULE + "/run").with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/retention/runs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(run).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("تشغيل فعلي")));
        mvc.perform(get("/admin/retention").with(admin))
                .andExpect(content().string(containsString("href=\"" + run + "\"")));
    }

    @Test
    void nobodyButAnAdministratorOpensThePages() throws Exception {
        RequestPostProcessor manager = user("retention-manager").roles("MANAGER");
        mvc.perform(get("/admin/retention").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post(RULE + "/dry-run").with(manager).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(RULE).with(manager).with(csrf())
                        .param("periodLength", "1").param("periodUnit", "YEARS").param("mode", "ACTIVE"))
                .andExpect(status().isForbidden());
        assertThat(retention.rule(RetentionCategory.CLOSED_REQUEST_ATTACHMENTS).getMode()).isEqualTo(seeded.getMode());
    }
}
