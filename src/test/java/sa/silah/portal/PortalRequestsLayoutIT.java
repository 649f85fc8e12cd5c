package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.BeneficiaryRequest;
import sa.silah.casework.Casework;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.UploadedFile;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * The portal's request pages on a 360 px wide phone, in headless Chromium. A browser cannot sign a beneficiary in
 * before the one-time-code login exists, and the application has no test-only way in, so each page is rendered for
 * a signed-in beneficiary through MockMvc and its exact HTML opened in the browser, with its style sheets and
 * images served by the running application: the layout measured is the layout a phone gets.
 */
@IntegrationTest
class PortalRequestsLayoutIT {

    private static final int PHONE_WIDTH = 360;

    @Autowired
    MockMvc mvc;

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

    @LocalServerPort
    int port;

    @Test
    void theRequestPagesFitA360PixelScreenWithTapTargetsOf44Pixels() throws Exception {
        Browser.requireChromium();
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String department = departments.create("PL_" + suffix, "إدارة " + suffix, "Department " + suffix).getCode();
        String service = services.create(new ServiceDetails("PLS_" + suffix, "مساعدة في دفع إيجار المسكن " + suffix,
                "Rent " + suffix, "مساعدة الأسر المحتاجة في دفع إيجار المسكن لمدة سنة", null, department, "P5D",
                List.of(new RequiredDocument("صورة الهوية الوطنية", "National ID"),
                        new RequiredDocument("عقد الإيجار الموثق من منصة إيجار", "Rental contract")),
                List.of(), true, true)).getCode();
        UUID me = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "سارة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), null, null,
                List.of())).getId();
        String ref = casework.submitByBeneficiary(me, new BeneficiaryRequest(service,
                "طلب مساعدة في دفع إيجار المسكن لهذا العام", "أسرة من خمسة أفراد، والعقد ينتهي بعد شهرين"),
                new UploadedFile("عقد-الإيجار-الموثق-من-منصة-إيجار-2026.pdf",
                        new ByteArrayInputStream("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))
                .getReferenceNumber();
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, casework.caseworker(officer));
        casework.changeStatus(ref, RequestStatus.AWAITING_BENEFICIARY, "نحتاج صورة الهوية الوطنية وعقد الإيجار",
                casework.caseworker(officer));

        try (Browser browser = Browser.start(port)) {
            // A window cannot be made narrower than Chromium's minimum; the device emulation of DevTools can.
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                    "height", 800, "deviceScaleFactor", 1, "mobile", true));
            for (String page : List.of("/portal/requests", "/portal/requests/" + ref, "/portal/requests/new")) {
                open(browser, page, me);
                assertThat(browser.driver().executeScript("return window.innerWidth"))
                        .as("the window is a phone's width").isEqualTo((long) PHONE_WIDTH);
                browser.assertRightToLeft();
                assertThat((Long) browser.driver().executeScript("return document.documentElement.scrollWidth"))
                        .as(page + " scrolls sideways").isLessThanOrEqualTo(PHONE_WIDTH);
                for (WebElement control : browser.driver().findElements(By.cssSelector(
                        "main .btn, main input.form-control, main textarea, main summary, header a"))) {
                    assertThat(control.getRect().getHeight()).as(page + ": " + control.getTagName() + " "
                            + control.getText()).isGreaterThanOrEqualTo(44);
                }
            }
            open(browser, "/portal/requests/" + ref, me);
            browser.screenshot("portal-request-360-ar.png");
            open(browser, "/portal/requests/new", me);
            browser.screenshot("portal-new-request-360-ar.png");
        }
    }

    /** The page as MockMvc renders it for this beneficiary, saved with its assets pointing at the running application. */
    private void open(Browser browser, String page, UUID beneficiary) throws Exception {
        String html = mvc.perform(get(page).with(authentication(new UsernamePasswordAuthenticationToken(
                        new PortalBeneficiary(beneficiary, "+966550000000"), null,
                        List.of(new SimpleGrantedAuthority("ROLE_BENEFICIARY"))))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String served = html.replace("href=\"/", "href=\"http://localhost:" + port + "/")
                .replace("src=\"/", "src=\"http://localhost:" + port + "/");
        Path file = Files.createDirectories(Path.of("target", "portal-pages"))
                .resolve(page.replaceAll("[^A-Za-z0-9-]", "_") + ".html");
        Files.writeString(file, served);
        browser.driver().get(file.toAbsolutePath().toUri().toString());
    }
}
