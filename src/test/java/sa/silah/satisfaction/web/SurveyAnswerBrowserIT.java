package sa.silah.satisfaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.Invitation;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.satisfaction.SatisfactionFixture;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * A beneficiary whose request was resolved opens the link of the message they received on a 360 px phone, taps
 * their answers and sends them: no sign-in, no extra step, nothing wider than the screen.
 */
@IntegrationTest
class SurveyAnswerBrowserIT {

    private static final Pattern SURVEY_PATH = Pattern.compile("/s/[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Satisfaction satisfaction;

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
    void answersTheSurveyFromTheMessageOnAPhone() throws IOException {
        var fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
        Invitation invitation = fixture.resolvedWithInvitation(fixture.beneficiary("ar"));
        String ref = invitation.getRequestRef();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where request_ref = ? and template_key = 'SURVEY_INVITATION'",
                Long.class, ref) > 0);

        // The development outbox shows the message as the beneficiary receives it.
        browser.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        browser.open("/admin/notifications?requestRef=" + ref);
        WebElement message = driver.findElement(By.xpath("//td[@lang][contains(., '/s/')]"));
        Matcher link = SURVEY_PATH.matcher(message.getText());
        assertThat(link.find()).as(message.getText()).isTrue();

        driver.manage().window().setSize(new Dimension(360, 740));
        browser.open(link.group());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-submit")));
        browser.assertLanguage("ar", "rtl");
        browser.screenshot("survey-open-360.png");
        tap("q-overall-5");
        tap("q-resolved-1");
        tap("q-courtesy-4");
        tap("q-recommend-9");
        assertThat(driver.findElement(By.id("q-overall-5")).isSelected()).isTrue();
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
        browser.screenshot("survey-answer-360.png");

        WebElement send = driver.findElement(By.id("survey-submit"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
        browser.clickAndWaitForNextPage(send);

        assertThat(driver.getCurrentUrl()).contains(link.group() + "/thanks");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("شكرًا لك");
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
        browser.screenshot("survey-thanks-360.png");
        assertThat(satisfaction.responsesOf(invitation.getRequestId())).singleElement().satisfies(response -> {
            assertThat(response.getOverallScore()).isEqualTo(5);
            assertThat(response.getRecommendScore()).isEqualTo(9);
        });
        browser.assertNoContentSecurityPolicyViolations();
    }

    /** Taps the button-like label of an answer, as a thumb would. */
    private void tap(String optionId) {
        WebElement label = driver.findElement(By.cssSelector("label[for='" + optionId + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
    }
}
