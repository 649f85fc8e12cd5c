package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityDetails;
import sa.silah.activity.ActivityKind;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.RegistrationStatus;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * A beneficiary on a 360 px phone signs in to the portal, opens the activities, registers for a workshop with one
 * tap and sees herself registered; no page scrolls sideways.
 */
@IntegrationTest
class PortalActivitiesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    ActivityCatalog catalog;

    @Autowired
    ActivityRegistrations registrations;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    ChromeDriver driver;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start(port);
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(360, 780));
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void registersForAnActivityWithOneTapOnAPhone() throws Exception {
        String word = TestData.uniqueWord();
        Beneficiary huda = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "هدى " + word, null,
                TestData.nationalId('1'), null, LocalDate.now().minusYears(35), null, "الرياض", null, null, null,
                TestData.mobile(), null, null, List.of(), null, null));
        Activity workshop = soonestWorkshop(word);

        signIn(huda);
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main a[href$='/portal/activities']")));
        browser.assertRightToLeft();
        assertNoHorizontalScroll();
        WebElement card = driver.findElement(By.cssSelector("[data-activity='" + workshop.getId() + "']"));
        assertThat(card.getText()).contains(workshop.getTitleAr()).contains("هـ").contains("المقاعد المتبقية: 2");
        browser.screenshot("portal-activities-360.png");

        browser.clickAndWaitForNextPage(card.findElement(By.cssSelector("form button[type=submit]")));

        assertThat(driver.getCurrentUrl()).endsWith("/portal/activities/" + workshop.getId());
        assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText()).contains("تم تسجيلك");
        assertThat(driver.findElement(By.cssSelector(".my-registration .registration-status")).getText())
                .isEqualTo("مسجل");
        assertThat(registrations.find(workshop.getId(), huda.getId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertNoHorizontalScroll();
        browser.screenshot("portal-activity-registered-360.png");

        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main a[href$='/portal/activities']")));
        assertThat(driver.findElement(By.cssSelector("[data-activity='" + workshop.getId() + "']")).getText())
                .contains("مسجل");
        assertThat(driver.findElement(By.id("mine")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".my-registration")).get(0).getText())
                .contains(workshop.getTitleAr());
        assertNoHorizontalScroll();

        browser.open("/activities/upcoming/" + workshop.getId());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(workshop.getTitleAr());
        assertNoHorizontalScroll();
        browser.screenshot("public-activity-360.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    /** Begins in two hours, so that it comes first among the activities other tests leave open. */
    private Activity soonestWorkshop(String word) {
        Instant now = Instant.now();
        Instant starts = now.plus(Duration.ofHours(2));
        Activity draft = catalog.draft(new ActivityDetails(ActivityKind.WORKSHOP,
                "ورشة عمل تطبيقية في إدارة ميزانية الأسرة والادخار للمستقبل " + word, null,
                "ورشة عملية لأولياء الأمور عن التخطيط المالي للأسرة", null, starts, starts.plus(Duration.ofHours(3)),
                "قاعة الاجتماعات الكبرى بمقر الجمعية، حي الملقا، طريق الأمير محمد بن سعد بن عبدالعزيز، الرياض", null, 2,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofHours(1)), null, Set.of(), null, true, true),
                "officer");
        return catalog.publish(draft.getId(), "officer");
    }

    private void signIn(Beneficiary person) {
        browser.open("/portal/login");
        driver.findElement(By.id("mobile")).sendKeys(person.getMobile());
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));
        driver.findElement(By.id("code")).sendKeys(new PortalSignIn(null, jdbc).latestCode(person.getMobile()));
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));
        driver.findElement(By.id("identifier")).sendKeys(person.getNationalId());
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).endsWith("/portal");
    }

    private void assertNoHorizontalScroll() {
        assertThat((Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
    }
}
