package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.letters.web.LetterForm;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class LetterPagesIT {

    private static final byte[] PDF = "%PDF-1.4\n%scan\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    MultipartConfigElement multipartLimits;

    @Autowired
    LetterRegister register;

    @Autowired
    LetterTemplateCatalog templates;

    @Autowired
    Casework casework;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    LettersFixture fixture;
    RequestPostProcessor officer;

    @BeforeEach
    void fixture() {
        fixture = new LettersFixture(departments, services, staff, registry, casework);
        officer = user(fixture.officer).roles("OFFICER");
    }

    @Test
    void registersAnIncomingLetterWithItsScanAndShowsIt() throws Exception {
        String subject = "طلب إفادة " + TestData.uniqueWord();
        String location = mvc.perform(multipart("/letters")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF))
                        .param("direction", "INCOMING").param("letterDate", LocalDate.now(Dates.RIYADH).toString())
                        .param("correspondent", "وزارة الموارد البشرية").param("subject", subject)
                        .param("beneficiaryId", fixture.beneficiary.toString()).param("language", "ar")
                        .with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/letters/IN-14*-*?registered"))
                .andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/letters/".length(), location.indexOf('?'));

        mvc.perform(get("/letters/" + number).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString(fixture.beneficiaryName)))
                .andExpect(content().string(containsString("/letters/" + number + "/file")))
                .andExpect(content().string(not(containsString("/letters/" + number + "/pdf"))));
        mvc.perform(get("/letters/" + number + "/file").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString(number + ".pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aScanOverTheSizeLimitComesBackAsTheProblemOnThePageItWasSentFrom() throws Exception {
        byte[] oversized = new byte[(int) multipartLimits.getMaxRequestSize() + 1];
        Arrays.fill(oversized, (byte) '%');
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/letters?direction=OUTGOING").session(session).with(officer).with(csrf())
                        .contentType("multipart/form-data; boundary=silah").content(oversized))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/letters/new?direction=OUTGOING"));
        mvc.perform(get("/letters/new").param("direction", "OUTGOING").session(session).with(officer))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "file", "letter.scan.tooLarge"))
                .andExpect(content().string(containsString("الملف أكبر من الحجم المسموح به.")))
                .andExpect(content().string(containsString("action=\"/letters?direction=OUTGOING\"")));

        String number = register.register(fixture.incoming("بلا صورة " + TestData.uniqueWord()), fixture.officer)
                .getNumber();
        mvc.perform(post("/letters/" + number + "/file").session(session).with(officer).with(csrf())
                        .contentType("multipart/form-data; boundary=silah").content(oversized))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/letters/" + number));
        mvc.perform(get("/letters/" + number).session(session).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"s-file-error\"")))
                .andExpect(content().string(containsString("الملف أكبر من الحجم المسموح به.")));
        assertThat(register.find(number).hasScan()).isFalse();
    }

    @Test
    void marksEachRefusedFieldOnTheForm() throws Exception {
        mvc.perform(multipart("/letters")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", "<html>".getBytes()))
                        .param("direction", "OUTGOING").param("letterDate", "").param("correspondent", "")
                        .param("subject", "موضوع").param("requestReference", "REQ-1300-000001")
                        .with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "letterDate", "letter.date.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "correspondent", "letter.correspondent.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "body", "letter.body.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "requestReference", "letter.request.unknown"))
                .andExpect(content().string(containsString("أدخل تاريخ الخطاب.")));
    }

    @Test
    void fillsAnOutgoingLetterFromATemplateThenRegistersItAndPrintsIt() throws Exception {
        String body = mvc.perform(post("/letters")
                        .param("direction", "OUTGOING").param("letterDate", "2026-11-26").param("language", "ar")
                        .param("correspondent", fixture.beneficiaryName).param("subject", "")
                        .param("templateCode", "MISSING_DOCUMENTS").param("requestReference", fixture.request)
                        .param("fill", "true").with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("استكمال مستندات الطلب رقم " + fixture.request)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(fixture.serviceName);
        LetterForm drafted = (LetterForm) mvc.perform(post("/letters")
                        .param("direction", "OUTGOING").param("letterDate", "2026-11-26").param("language", "ar")
                        .param("correspondent", fixture.beneficiaryName).param("templateCode", "MISSING_DOCUMENTS")
                        .param("requestReference", fixture.request).param("fill", "true").with(officer).with(csrf()))
                .andReturn().getModelAndView().getModel().get("form");

        String location = mvc.perform(post("/letters")
                        .param("direction", "OUTGOING").param("letterDate", "2026-11-26").param("language", "ar")
                        .param("correspondent", fixture.beneficiaryName).param("subject", drafted.getSubject())
                        .param("body", drafted.getBody()).param("templateCode", "MISSING_DOCUMENTS")
                        .param("requestReference", fixture.request).with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/letters/".length(), location.indexOf('?'));
        assertThat(number).startsWith("OUT-");

        mvc.perform(get("/letters/" + number + "/pdf").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString(number + ".pdf")))
                .andExpect(content().string(matchesPattern("(?s)^%PDF-.*")));
    }

    @Test
    void theRegisterFiltersInPlaceAndKeepsTheFiltersOnItsPages() throws Exception {
        String word = TestData.uniqueWord();
        Letter letter = register.register(fixture.incoming("شكوى " + word), fixture.officer);
        mvc.perform(get("/letters").param("q", word).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(letter.getNumber())))
                .andExpect(content().string(containsString("<nav class=\"navbar")));
        mvc.perform(get("/letters").param("q", word).param("direction", "OUTGOING").header("HX-Request", "true").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(letter.getNumber()))))
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))));
    }

    @Test
    void theBeneficiaryAndRequestPagesLinkToNewLetters() throws Exception {
        mvc.perform(get("/beneficiaries/" + fixture.beneficiary).with(officer))
                .andExpect(content().string(containsString("/letters/new?direction=OUTGOING&amp;beneficiary=" + fixture.beneficiary)));
        mvc.perform(get("/requests/" + fixture.request).with(officer))
                .andExpect(content().string(containsString("/letters/new?direction=INCOMING&amp;request=" + fixture.request)));
        mvc.perform(get("/letters/new").param("direction", "INCOMING").param("request", fixture.request)
                        .param("beneficiary", fixture.beneficiary.toString()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + fixture.request + "\"")))
                .andExpect(content().string(containsString(fixture.beneficiaryName)));
    }

    @Test
    void anUnknownLetterIsNotFoundAndAnIncomingOneHasNoPdf() throws Exception {
        Letter letter = register.register(fixture.incoming("بلا PDF"), fixture.officer);
        mvc.perform(get("/letters/IN-1300-0001").with(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + letter.getNumber() + "/pdf").with(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + letter.getNumber() + "/file").with(officer)).andExpect(status().isNotFound());
    }

    @Test
    void everyoneWhoWorksOnRequestsReadsTheRegisterButOnlyAdministratorsEditTemplates() throws Exception {
        mvc.perform(get("/letters").with(user(fixture.otherDepartmentStaff).roles("STAFF"))).andExpect(status().isOk());
        mvc.perform(get("/admin/letter-templates").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/letter-templates").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/letter-templates/GENERAL")));
    }

    @Test
    void anAdministratorRewordsATemplateButNotWithAnUnknownPlaceholder() throws Exception {
        RequestPostProcessor admin = user("admin").roles("ADMIN");
        LetterTemplate.Wording before = templates.get("GENERAL").wording();
        mvc.perform(post("/admin/letter-templates/GENERAL").with(admin).with(csrf())
                        .param("nameAr", before.nameAr()).param("nameEn", before.nameEn())
                        .param("subjectAr", before.subjectAr()).param("subjectEn", before.subjectEn())
                        .param("bodyAr", "المكرم/ {recipent}").param("bodyEn", before.bodyEn()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "bodyAr", "letterTemplate.placeholder.unknown"));
        mvc.perform(post("/admin/letter-templates/GENERAL").with(admin).with(csrf())
                        .param("nameAr", before.nameAr()).param("nameEn", before.nameEn())
                        .param("subjectAr", before.subjectAr()).param("subjectEn", before.subjectEn())
                        .param("bodyAr", before.bodyAr() + "\n{date}").param("bodyEn", before.bodyEn()))
                .andExpect(status().is3xxRedirection());
        assertThat(templates.get("GENERAL").wording().bodyAr()).endsWith("{date}");
        templates.reword("GENERAL", before, "admin");
    }
}
