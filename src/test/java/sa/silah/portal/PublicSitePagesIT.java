package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.test.IntegrationTest;

@IntegrationTest
class PublicSitePagesIT {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    SiteAdministration site;

    PublicSiteFixture fixture;
    RequestPostProcessor admin = user("admin").roles("ADMIN");

    @BeforeEach
    void fixture() {
        fixture = new PublicSiteFixture(departments, services);
    }

    @Test
    void theHomePageIsPublicArabicAndRightToLeft() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString(site.current().name(Locale.forLanguageTag("ar")))))
                .andExpect(content().string(containsString("/forms/complaint")))
                .andExpect(content().string(containsString("/track")));
    }

    @Test
    void theHomePageSpeaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("What would you like to do?")));
    }

    @Test
    void theHomePageUsesItsOwnLightStyleWithoutScripts() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("/css/site")))
                .andExpect(content().string(not(containsString("bootstrap"))))
                .andExpect(content().string(not(containsString("<script"))));
    }

    /** The budget is 100 KB of HTML, CSS and JavaScript on first load; counted here before compression. */
    @Test
    void theFirstLoadStaysFarUnderTheBudgetEvenUncompressed() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        Matcher css = Pattern.compile("href=\"(/css/[^\"]+)\"").matcher(html);
        long total = html.getBytes(StandardCharsets.UTF_8).length;
        while (css.find()) {
            total += mvc.perform(get(css.group(1))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray().length;
        }
        assertThat(total).isLessThan(30_000);
    }

    @Test
    void theCatalogListsPublicServicesWithTheirDurationsAndDocumentsPageByPage() throws Exception {
        String firstPage = mvc.perform(get("/services")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(firstPage.split("<article", -1).length - 1).isBetween(1, 20);
        String catalog = everyCatalogPage();
        assertThat(catalog)
                .contains("سلة غذائية " + fixture.suffix)
                .contains("3 أيام عمل")
                .contains("صورة الهوية")
                .contains("متاحة للجميع")
                .contains("/forms/service?service=" + fixture.publicService)
                .doesNotContain("خدمة داخلية " + fixture.suffix);
    }

    private String everyCatalogPage() throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 200; page++) {
            String body = mvc.perform(get("/services").param("page", Integer.toString(page)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            pages.append(body);
            if (!body.contains("rel=\"next\"")) {
                return pages.toString();
            }
        }
        throw new AssertionError("the catalog's pages never end");
    }

    @Test
    void theChannelsPageExplainsAllSevenChannels() throws Exception {
        mvc.perform(get("/channels"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("المقابلة")))
                .andExpect(content().string(containsString("زرنا في مقر الجمعية")))
                .andExpect(content().string(containsString("أرسل خطاباً رسمياً")))
                .andExpect(content().string(containsString("تابع طلبك دون تسجيل دخول")));
    }

    @Test
    void staffFindTheirStartPageAtStaffAndSignInLandsThere() throws Exception {
        mvc.perform(get("/staff").with(user("someone").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/bootstrap")));
        mvc.perform(get("/staff")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAdministratorSetsTheNameIntroductionAndContactsTheHomePageShows() throws Exception {
        var before = site.current().details();
        try {
            mvc.perform(post("/admin/site").with(admin).with(csrf())
                            .param("nameAr", "جمعية البر " + fixture.suffix).param("nameEn", "Birr " + fixture.suffix)
                            .param("introductionAr", "نخدم الأسر في المنطقة").param("phone", "0112345678")
                            .param("email", "info@example.org").param("addressAr", "الرياض، حي النخيل"))
                    .andExpect(redirectedUrl("/admin/site"));
            mvc.perform(get("/"))
                    .andExpect(content().string(containsString("جمعية البر " + fixture.suffix)))
                    .andExpect(content().string(containsString("نخدم الأسر في المنطقة")))
                    .andExpect(content().string(containsString("tel:0112345678")))
                    .andExpect(content().string(containsString("mailto:info@example.org")))
                    .andExpect(content().string(containsString("الرياض، حي النخيل")));
        }
        finally {
            site.update(before, "admin");
        }
    }

    @Test
    void theSettingsFormShowsProblemsBesideFieldsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/site").with(admin).with(csrf())
                        .param("nameAr", "").param("email", "not-an-email").param("introductionAr", "نص يبقى"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nameAr-error\"")))
                .andExpect(content().string(containsString("اكتب بريداً إلكترونياً صحيحاً")))
                .andExpect(content().string(containsString("نص يبقى")));
    }

    @Test
    void onlyAdministratorsChangeTheSite() throws Exception {
        mvc.perform(get("/admin/site").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/site").with(csrf()).param("nameAr", "x")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPngLogoIsKeptAndServedAndAnythingElseIsRefused() throws Exception {
        mvc.perform(multipart("/admin/site/logo").file(new MockMultipartFile("logo", "logo.svg", "image/png",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())).with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("يجب أن يكون صورة PNG أو JPEG")));
        mvc.perform(multipart("/admin/site/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", PNG))
                        .with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/site"));
        mvc.perform(get("/site/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/")).andExpect(content().string(containsString("/site/logo?v=")));
    }
}
