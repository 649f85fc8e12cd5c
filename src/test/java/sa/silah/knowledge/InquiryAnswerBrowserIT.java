package sa.silah.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * An officer opens an inquiry's page, inserts the FAQ entry the library suggests for it, edits the reply and sends
 * it; the development outbox then shows the reply as the beneficiary receives it.
 */
@IntegrationTest
class InquiryAnswerBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnowledgeLibrary library;

    @Autowired
    Casework casework;

    @Autowired
    BeneficiaryRegistry registry;

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
    void anOfficerAnswersAnInquiryWithTheSuggestedFaq() throws IOException {
        InquiryFixture fixture = new InquiryFixture(library, casework, registry, staff);
        String ref = fixture.inquiryAboutTheSupport().getReferenceNumber();

        browser.signIn(fixture.officer, TestAccounts.PASSWORD);
        browser.open("/requests/" + ref);
        WebElement insert = browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("knowledge-insert-0")));
        assertThat(driver.findElement(By.cssSelector("#knowledge-card .knowledge-hit mark")).getText())
                .startsWith(fixture.marker);
        browser.waitForSwap("#knowledge-card > div", insert::click);

        WebElement reply = driver.findElement(By.id("knowledge-reply"));
        assertThat(reply.getDomProperty("value")).isEqualTo(fixture.filledAnswer());
        reply.sendKeys(" Your file is complete.");
        browser.screenshot("inquiry-answer-reply.png");
        browser.clickAndWaitForNextPage(driver.findElement(By.id("knowledge-send")));

        assertThat(driver.getCurrentUrl()).endsWith("/requests/" + ref);
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("أُرسل الرد");
        browser.assertNoContentSecurityPolicyViolations();
        String sent = fixture.filledAnswer() + " Your file is complete.";
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where request_ref = ? and template_key = 'INQUIRY_ANSWER'",
                Long.class, ref) == 1);

        browser.close();
        browser = Browser.start(port);
        driver = browser.driver();
        browser.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        browser.open("/admin/notifications?requestRef=" + ref);
        assertThat(driver.findElement(By.xpath("//td[@lang][contains(., '" + fixture.marker + "')]")).getText())
                .contains(sent);
    }
}
