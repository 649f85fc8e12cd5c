package sa.silah.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.reporting.ReportsFixture;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/** A manager opens the dashboard in Arabic: its charts are drawn right to left with the server's Arabic labels. */
@IntegrationTest
class DashboardBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;
    @Autowired
    StaffManagement staff;

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
    void aManagerSeesTheChartsOfMarchDrawnRightToLeft() throws IOException {
        ReportsFixture fixture = ReportsFixture.in(context);
        browser.signIn(TestAccounts.ensure(staff, Role.MANAGER), TestAccounts.PASSWORD);

        driver.findElement(By.id("nav-reports")).click();
        browser.waiting().until(d -> !d.findElements(By.id("report-form")).isEmpty());
        browser.open("/reports?preset=CUSTOM&from=2025-03-01&to=2025-03-31&departmentId=" + fixture.department.getId());
        List<WebElement> charts = driver.findElements(By.cssSelector("[data-table]"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("[data-drawn] svg")).size()
                + d.findElements(By.cssSelector("[data-table].d-none")).size() == charts.size());

        browser.assertRightToLeft();
        assertThat(driver.findElements(By.cssSelector("[data-drawn] svg"))).hasSizeGreaterThanOrEqualTo(10);
        WebElement byChannel = driver.findElement(By.cssSelector("[data-table=byChannel] svg"));
        assertThat(byChannel.findElements(By.tagName("text"))).extracting(text -> text.getDomProperty("textContent")).contains("الهاتف");
        assertThat(driver.findElement(By.id("headline-total")).getText()).isEqualTo("7");
        driver.executeScript("document.getElementById('report-byKind').scrollIntoView()");
        browser.screenshot("reports-dashboard.png");
        browser.assertNoContentSecurityPolicyViolations();
    }
}
