package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.audit.AuditEntry;
import sa.silah.audit.AuditTrail;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/** The record of processing activities' pages: the form and its field errors, the audit, printing and who may see. */
@IntegrationTest
class ProcessingRecordPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessingRecord record;
    @Autowired
    AuditTrail audit;
    @Autowired
    StaffManagement staff;

    RequestPostProcessor admin;
    RequestPostProcessor manager;
    RequestPostProcessor officer;
    String name;

    @BeforeEach
    void accounts() {
        admin = user(TestAccounts.ensure(staff, Role.ADMIN)).roles("ADMIN");
        manager = user(TestAccounts.ensure(staff, Role.MANAGER)).roles("MANAGER");
        officer = user(TestAccounts.ensure(staff, Role.OFFICER)).roles("OFFICER");
        name = "نشاط اختبار " + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletRequestBuilder filled(String path) {
        return filled(path, admin);
    }

    private MockHttpServletRequestBuilder filled(String path, RequestPostProcessor who) {
        return post(path).with(who).with(csrf()).param("nameAr", name).param("nameEn", "Test activity")
                .param("purpose", "إبلاغ المستفيدين بحالة طلباتهم").param("legalBasis", "SERVICE")
                .param("dataSubjects", "المستفيدون").param("dataCategories", "CONTACT", "COMMUNICATIONS")
                .param("recipients", "مزوّد الرسائل").param("retentionPeriod", "سنة واحدة")
                .param("securityMeasures", "صلاحيات حسب الدور").param("ownerDepartment", "تقنية المعلومات");
    }

    private ProcessingActivity stored() {
        return record.page(0, 1000).getContent().stream().filter(activity -> activity.getNameAr().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void anActivityIsRecordedChangedAndAudited() throws Exception {
        mvc.perform(filled("/privacy/processing")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/privacy/processing"));
        ProcessingActivity activity = stored();
        assertThat(activity.getDataCategories()).containsExactly(DataCategory.CONTACT, DataCategory.COMMUNICATIONS);
        assertThat(activity.getUpdatedBy()).isEqualTo("test-admin");

        mvc.perform(filled("/privacy/processing/" + activity.getId()).param("transfersAbroad", "true")
                .param("transferDestination", "إيرلندا").param("transferSafeguard", "بنود تعاقدية"))
                .andExpect(status().is3xxRedirection());

        ProcessingActivity changed = record.get(activity.getId());
        assertThat(changed.isTransfersAbroad()).isTrue();
        assertThat(changed.getTransferDestination()).isEqualTo("إيرلندا");
        assertThat(audit.changesOf(ProcessingRecord.SUBJECT, activity.getId().toString(), PageRequest.of(0, 10)))
                .extracting(AuditEntry::getAction).containsExactly("UPDATED", "CREATED");
        mvc.perform(get("/privacy/processing").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/privacy/processing").param("lang", "en").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes — إيرلندا")));
    }

    @Test
    void missingFieldsAreNamedAndNothingIsStored() throws Exception {
        long before = record.page(0, 1).getTotalElements();

        mvc.perform(post("/privacy/processing").with(admin).with(csrf()).param("nameAr", " ")
                .param("transfersAbroad", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nameAr", "privacy.processing.nameRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "legalBasis",
                        "privacy.processing.legalBasisRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "dataCategories",
                        "privacy.dataCategoriesRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "transferDestination",
                        "privacy.processing.transferDestinationRequired"))
                .andExpect(content().string(containsString("is-invalid")));

        assertThat(record.page(0, 1).getTotalElements()).isEqualTo(before);
    }

    @Test
    void aBadEditLeavesTheStoredEntryAsItWas() throws Exception {
        mvc.perform(filled("/privacy/processing")).andExpect(status().is3xxRedirection());
        ProcessingActivity activity = stored();

        mvc.perform(post("/privacy/processing/" + activity.getId()).with(admin).with(csrf()).param("nameAr", name)
                .param("purpose", "إبلاغ المستفيدين بحالة طلباتهم").param("legalBasis", "SERVICE")
                .param("dataSubjects", "المستفيدون").param("dataCategories", "CONTACT")
                .param("retentionPeriod", "").param("ownerDepartment", "تقنية المعلومات")
                .param("transfersAbroad", "true").param("transferDestination", "إيرلندا"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "retentionPeriod",
                        "privacy.processing.retentionRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "transferSafeguard",
                        "privacy.processing.transferSafeguardRequired"))
                .andExpect(content().string(containsString("إيرلندا")));

        ProcessingActivity unchanged = record.get(activity.getId());
        assertThat(unchanged.getRetentionPeriod()).isEqualTo("سنة واحدة");
        assertThat(unchanged.isTransfersAbroad()).isFalse();
    }

    @Test
    void thePrintedRecordHoldsTheActivityAndDownloadsAsPdf() throws Exception {
        mvc.perform(filled("/privacy/processing")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/privacy/processing/print").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("إبلاغ المستفيدين بحالة طلباتهم")))
                .andExpect(content().string(containsString("/css/privacy-print")));
        byte[] pdf = mvc.perform(get("/privacy/processing/print.pdf").with(manager)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void managersReadOnlyAndOfficersSeeNothing() throws Exception {
        mvc.perform(get("/privacy/processing").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/privacy/processing/new").with(manager)).andExpect(status().isForbidden());
        mvc.perform(filled("/privacy/processing", manager)).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/processing").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/processing/print").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/processing/print.pdf").with(officer)).andExpect(status().isForbidden());
    }

    @Test
    void thePublicPrivacyNoticeStaysPublic() throws Exception {
        mvc.perform(get("/privacy")).andExpect(status().isOk());
        mvc.perform(get("/privacy/processing")).andExpect(status().is3xxRedirection());
    }
}
