package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.test.IntegrationTest;

/** Administrators edit message texts; unknown placeholders are refused on the field; SMS parts are counted. */
@IntegrationTest
class TemplatePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    NotificationTemplates templates;

    RequestPostProcessor admin = user("template-admin").roles("ADMIN");

    private NotificationTemplate template(TemplateKey key, NotificationChannel channel, String language) {
        return templates.findByTemplateKeyAndChannelAndLanguage(key, channel, language).orElseThrow();
    }

    @Test
    void listsTheSeededTemplatesWithTheirSmsParts() throws Exception {
        mvc.perform(get("/admin/notification-templates").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أُلغي «{activityTitle}»")))
                .andExpect(content().string(containsString("أجزاء الرسالة النصية")));
        mvc.perform(get("/admin/notification-templates").with(user("template-manager").roles("MANAGER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPlaceholderIsAFieldErrorAndNothingChanges() throws Exception {
        NotificationTemplate sms = template(TemplateKey.REQUEST_RESOLVED, NotificationChannel.SMS, "ar");

        mvc.perform(post("/admin/notification-templates/" + sms.getId()).with(admin).with(csrf())
                .param("body", "تم إنجاز طلبك {refNumber}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("متغيراً لا يعرفه النظام")))
                .andExpect(content().string(containsString("{refNumber}")));

        assertThat(template(TemplateKey.REQUEST_RESOLVED, NotificationChannel.SMS, "ar").getBody()).isEqualTo(sms.getBody());
    }

    @Test
    void savesAValidTextAndTheWhatsAppTemplateName() throws Exception {
        NotificationTemplate whatsapp = template(TemplateKey.REQUEST_RESOLVED, NotificationChannel.WHATSAPP, "en");

        mvc.perform(post("/admin/notification-templates/" + whatsapp.getId()).with(admin).with(csrf())
                .param("body", "Your request {referenceNumber} is done.").param("whatsappTemplate", "silah_request_done"))
                .andExpect(redirectedUrl("/admin/notification-templates"));
        mvc.perform(post("/admin/notification-templates/" + whatsapp.getId()).with(admin).with(csrf())
                .param("body", "Your request {referenceNumber} is done.").param("whatsappTemplate", "Not A Name"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));

        NotificationTemplate saved = template(TemplateKey.REQUEST_RESOLVED, NotificationChannel.WHATSAPP, "en");
        assertThat(saved.getBody()).isEqualTo("Your request {referenceNumber} is done.");
        assertThat(saved.getWhatsappTemplate()).isEqualTo("silah_request_done");
        assertThat(saved.getUpdatedBy()).isEqualTo("template-admin");
    }

    @Test
    void theEditorCountsArabicSmsPartsAsTheAdministratorTypes() throws Exception {
        NotificationTemplate sms = template(TemplateKey.REQUEST_RECEIVED, NotificationChannel.SMS, "ar");
        mvc.perform(get("/admin/notification-templates/" + sms.getId()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/admin/notification-templates/segments\"")))
                .andExpect(content().string(containsString("id=\"body-segments\"")));

        mvc.perform(get("/admin/notification-templates/segments").param("body", "س".repeat(71)).with(admin)
                .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أجزاء الرسالة النصية: 2، عدد الأحرف: 71")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
