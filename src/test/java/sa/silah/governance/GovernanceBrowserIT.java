package sa.silah.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

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

import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * A manager in a real (headless) Chromium reads a published policy with the board's signature table, right to left,
 * and anyone reads it on the public site with the same names.
 */
@IntegrationTest
class GovernanceBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Governance governance;
    @Autowired
    Board board;
    @Autowired
    StaffManagement staff;

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
    void aManagerAndThePublicReadAPublishedPolicyWithItsSignatures() throws Exception {
        PolicyFixture fixture = new PolicyFixture(governance, board, staff);
        String code = fixture.code("BROWSER");
        String title = "سياسة المتصفح " + fixture.suffix;
        fixture.publish(fixture.draft(code, title, "المادة الأولى: تحفظ الجمعية بيانات المستفيدين."));

        browser.signIn(fixture.owner, TestAccounts.PASSWORD);
        browser.open("/governance/policies");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#policies a[href='/governance/policies/" + code + "']")));
        assertThat(link.getText()).isEqualTo(title);
        browser.assertRightToLeft();
        browser.clickAndWaitForNextPage(link);

        assertThat(driver.getCurrentUrl()).endsWith("/governance/policies/" + code);
        browser.assertLanguage("ar", "rtl");
        browser.assertRightToLeft();
        assertThat(driver.findElement(By.id("policy-text")).getText()).contains("المادة الأولى");
        assertThat(namesIn(driver.findElements(By.cssSelector("#signatures tbody tr td:nth-child(2)"))))
                .containsExactlyElementsOf(fixture.names);
        assertThat(driver.findElement(By.id("signatures")).getText()).contains("رئيس مجلس الإدارة", "معترض");
        browser.screenshot("governance-policy-ar.png");
        browser.assertNoContentSecurityPolicyViolations();

        browser.open("/policies");
        WebElement published = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href='/policies/" + code + "']")));
        assertThat(published.getText()).isEqualTo(title);
        browser.assertRightToLeft();
        browser.clickAndWaitForNextPage(published);

        assertThat(driver.getCurrentUrl()).endsWith("/policies/" + code);
        browser.assertLanguage("ar", "rtl");
        browser.assertRightToLeft();
        assertThat(namesIn(driver.findElements(By.cssSelector("table.signatures tbody tr td:nth-child(2)"))))
                .containsExactlyElementsOf(fixture.names);
        browser.screenshot("public-policy-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private static List<String> namesIn(List<WebElement> cells) {
        return cells.stream().map(WebElement::getText).map(String::strip).toList();
    }
}
