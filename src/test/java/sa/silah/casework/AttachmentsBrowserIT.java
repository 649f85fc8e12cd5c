package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * A member of a department's staff in a real (headless) Chromium attaches a scan to a request through the
 * page's form, then a file over the limit, which must come back as the request page with the problem, not
 * as a reset connection or an error page.
 */
@IntegrationTest
class AttachmentsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Autowired
    MultipartConfigElement multipartLimits;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;
    Path files;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start(port);
        driver = browser.driver();
        wait = browser.waiting();
        files = Files.createTempDirectory("silah-attachments-");
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (files != null) {
            try (Stream<Path> paths = Files.walk(files)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void attachesAScanAndShowsWhyAFileOverTheLimitWasRefused() throws IOException {
        CaseworkFixture fixture = new CaseworkFixture(departments, services, staff, registry);
        String ref = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.INTERVIEW,
                fixture.serviceA, "طلب مساعدة بمستندات", null, null, null, null, null, null),
                casework.caseworker(fixture.officer)).getReferenceNumber();
        Path scan = Files.write(files.resolve("صك الوقف.pdf"), AttachmentSamples.pdf());
        byte[] tooLarge = new byte[(int) multipartLimits.getMaxRequestSize() + 1];
        Arrays.fill(tooLarge, (byte) '%');
        Path video = Files.write(files.resolve("مقطع.pdf"), tooLarge);

        browser.signIn(fixture.staffA, TestAccounts.PASSWORD);
        browser.open("/requests/" + ref);
        attach(scan);
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#attachments a[href*='/attachments/']")));
        assertThat(link.getText()).isEqualTo("صك الوقف.pdf");
        assertThat(driver.findElement(By.cssSelector("main .alert-success")).getText()).contains("أُرفق الملف");

        attach(video);
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("a-file-error")));
        assertThat(problem.getText()).contains("أكبر من الحجم المسموح به");
        assertThat(driver.getCurrentUrl()).endsWith("/requests/" + ref);
        browser.assertRightToLeft();
        browser.screenshot("request-attachments-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private void attach(Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a-file")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("#attachments form button[type=submit]")));
    }
}
