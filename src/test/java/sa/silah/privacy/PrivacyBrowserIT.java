package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * An administrator in a real (headless) Chromium reaches both PDPL records from the administration menu, sees an
 * overdue breach in red, and opens the printable record: right to left, under the strict CSP.
 */
@IntegrationTest
class PrivacyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    StaffManagement staff;
    @Autowired
    BreachRegister breaches;
    @Autowired
    ProcessingRecord record;

    Browser browser;
    ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start(port);
        driver = browser.driver();
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void theAdministratorSeesTheClockAndPrintsTheRecord() throws Exception {
        Breach overdue = breaches.record(new BreachDetails(Instant.now().minus(Duration.ofHours(90)), null,
                "اختبار المتصفح", EnumSet.of(DataCategory.CONTACT), 3, BreachRiskLevel.HIGH, null));
        record.record(new ProcessingActivityDetails("نشاط المتصفح", null, "اختبار الطباعة", LegalBasis.CONSENT,
                "زوار الموقع", EnumSet.of(DataCategory.CONTACT), null, "سنة", false, null, null, null,
                "علاقات المستفيدين", null));
        browser.signIn(TestAccounts.ensure(staff, Role.ADMIN), TestAccounts.PASSWORD);

        browser.open("/staff");
        driver.findElement(By.id("nav-privacy")).click();
        browser.clickAndWaitForNextPage(driver.findElement(By.id("nav-breaches")));
        WebElement row = driver.findElement(By.xpath("//table[@id='breaches']//tr[td/a[text()='"
                + overdue.getReference() + "']]"));
        WebElement clock = row.findElement(By.cssSelector("[data-clock]"));
        assertThat(clock.getDomAttribute("data-clock-state")).isEqualTo("OVERDUE");
        assertThat(clock.getDomAttribute("class")).contains("text-bg-danger");
        assertThat(clock.getText()).startsWith("متأخر 18 ساعة");
        browser.assertRightToLeft();
        browser.screenshot("breach-register-ar.png");

        driver.findElement(By.id("nav-privacy")).click();
        browser.clickAndWaitForNextPage(driver.findElement(By.id("nav-processing")));
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("a[href='/privacy/processing/print']")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("نشاط المتصفح", "اختبار الطباعة");
        assertThat(driver.findElement(By.cssSelector("[data-print-page]")).isDisplayed()).isTrue();
        browser.screenshot("processing-record-print-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }
}
