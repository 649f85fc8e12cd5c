package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * A beneficiary on a 360 px phone signs in with the code texted to them (read from the development outbox, as
 * they would read the SMS), claims their record and lands on their portal home.
 */
@IntegrationTest
class PortalLoginBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start(port);
        browser.driver().manage().window().setSize(new Dimension(360, 780));
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
    }

    @Test
    void signsInWithTheTextedCodeClaimsTheRecordAndLandsOnTheHome() throws Exception {
        String nationalId = TestData.nationalId('1');
        String mobile = TestData.mobile();
        Beneficiary beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "فاطمة " + TestData.uniqueWord(), null, nationalId, null, null, null, "الرياض", null, null, null, mobile,
                null, null, List.of()));
        var driver = browser.driver();

        browser.open("/portal/login");
        browser.assertLanguage("ar", "rtl");
        assertThat(browser.htmlCssAndScriptBytesTransferred()).isPositive().isLessThan(100_000);
        assertFitsTheScreenWithLargeTapTargets();
        browser.screenshot("portal-login-360.png");
        driver.findElement(By.id("mobile")).sendKeys(mobile);
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));

        assertThat(driver.getCurrentUrl()).endsWith("/portal/code");
        driver.findElement(By.id("code")).sendKeys(new PortalSignIn(null, jdbc).latestCode(mobile));
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));

        assertThat(driver.getCurrentUrl()).endsWith("/portal/claim");
        driver.findElement(By.id("identifier")).sendKeys(nationalId);
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(driver.getCurrentUrl()).endsWith("/portal");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(beneficiary.getFullName());
        assertThat(driver.findElement(By.linkText("طلباتي")).getDomAttribute("href")).isEqualTo("/portal/requests");
        browser.assertRightToLeft();
        assertFitsTheScreenWithLargeTapTargets();
        browser.screenshot("portal-home-360.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    @Test
    void aNewcomerRegistersWithConsentAndLandsOnTheHome() throws Exception {
        String mobile = TestData.mobile();
        String name = "خديجة " + TestData.uniqueWord();
        var driver = browser.driver();
        browser.open("/portal/login");
        driver.findElement(By.id("mobile")).sendKeys(mobile);
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));
        driver.findElement(By.id("code")).sendKeys(new PortalSignIn(null, jdbc).latestCode(mobile));
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));
        browser.clickAndWaitForNextPage(driver.findElement(By.linkText("تسجيل مستفيد جديد")));

        assertThat(driver.getCurrentUrl()).endsWith("/portal/register");
        driver.findElement(By.id("fullName")).sendKeys(name);
        driver.findElement(By.id("identifier")).sendKeys(TestData.nationalId('1'));
        driver.findElement(By.id("city")).sendKeys("الدمام");
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(driver.findElement(By.id("consent-error")).getText()).contains("موافقتك");
        assertThat(driver.findElement(By.id("fullName")).getDomProperty("value")).isEqualTo(name);
        assertFitsTheScreenWithLargeTapTargets();
        browser.screenshot("portal-register-360.png");
        driver.findElement(By.cssSelector("label[for=consent1]")).click();
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(driver.getCurrentUrl()).endsWith("/portal");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
        browser.assertNoContentSecurityPolicyViolations();
    }

    /** No horizontal scrolling at 360 px, and every button, link of the menu and field at least 44 px tall. */
    private void assertFitsTheScreenWithLargeTapTargets() {
        var driver = browser.driver();
        assertThat((Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0L);
        List<?> small = (List<?>) driver.executeScript("""
                return Array.from(document.querySelectorAll('main button, main input:not([type=hidden]), main .list-group-item, main .btn'))
                    .filter(e => e.getBoundingClientRect().height < 44 && e.type !== 'checkbox' && e.type !== 'radio')
                    .map(e => e.outerHTML);""");
        assertThat(small).isEmpty();
    }
}
