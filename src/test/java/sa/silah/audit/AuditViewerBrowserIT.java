package sa.silah.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * An administrator in a real (headless) Chromium opens the audit viewer from the administration menu, filters it by
 * account, reads a change as old → new, and finds a burst of openings on the unusual-access tab.
 */
@IntegrationTest
class AuditViewerBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start(port);
        driver = browser.driver();
        wait = browser.waiting();
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void anAdministratorFiltersTheTrailAndFindsUnusualAccess() throws Exception {
        String actor = "browsed-" + Long.toString(System.nanoTime(), 36);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.HOURS);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new RecordChanged("BENEFICIARY", "b-" + actor, "UPDATED", actor,
                    List.of(new FieldChange("city", "الرياض", "حائل")), start));
            for (int i = 0; i < 31; i++) {
                events.publishEvent(new PersonalDataAccessed("BENEFICIARY", i + "-" + actor, actor, "VIEW",
                        start.plusSeconds(10L * i)));
            }
        });

        browser.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        driver.findElement(By.id("nav-admin")).click();
        browser.clickAndWaitForNextPage(wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-audit"))));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/audit");
        browser.assertRightToLeft();

        driver.findElement(By.id("f-actor")).sendKeys(actor);
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("#audit-filter button[type=submit]")));
        String row = driver.findElement(By.cssSelector("#audit-entries tbody tr")).getText();
        assertThat(row).contains(actor, "b-" + actor, "city", "الرياض", "→", "حائل", "هـ");
        assertThat(driver.findElements(By.cssSelector("#audit-entries tbody tr"))).hasSize(1);
        browser.screenshot("audit-viewer-ar.png");

        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("#audit-tabs a[href='/admin/audit/unusual']")));
        assertThat(driver.findElement(By.id("unusual-lines")).getText()).contains(actor);
        browser.clickAndWaitForNextPage(driver.findElement(
                By.cssSelector("#unusual-lines a[href^='/admin/audit/access?actor=" + actor + "']")));
        assertThat(driver.findElements(By.cssSelector("#access-entries tbody tr"))).hasSize(31);
        browser.screenshot("audit-access-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }
}
