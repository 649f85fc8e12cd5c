package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * An officer in a real (headless) Chromium: signs in, registers a person through the Arabic form, finds the
 * record again with htmx live search under a different spelling, and switches the interface language.
 * The browser comes from {@link Browser}: the system Chromium and chromedriver only, nothing downloaded.
 */
@IntegrationTest
class RegistryBrowserIT {

    private static final String PROFILE_URL = ".*/beneficiaries/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\?.*)?$";

    @LocalServerPort
    int port;

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
    void registersAPersonInArabicAndFindsThemByAnotherSpelling() throws IOException {
        signInAsOfficer();

        String family = TestData.uniqueWord();
        String fullName = "أحمد بن عبد الله " + family;
        browser.open("/beneficiaries/new?type=INDIVIDUAL");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-type-switch]")));
        form.findElement(By.id("fullName")).sendKeys(fullName);
        form.findElement(By.id("nationalId")).sendKeys(TestData.nationalId('1'));
        form.findElement(By.id("mobile")).sendKeys(TestData.mobile());
        WebElement orphans = form.findElement(By.cssSelector("input[name=segments][value=ORPHANS]"));
        orphans.click();
        assertThat(orphans.isSelected()).isTrue();
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlMatches(PROFILE_URL));
        assertProfileOf(fullName);

        browser.open("/beneficiaries");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        String query = "احمد عبدالله " + family;
        search.sendKeys(query);
        // The search runs while typing: wait for the answer to the whole query, not to a prefix of it.
        wait.until(driver -> query.equals(searchedFor()) && !searching() && resultLink(fullName) != null);
        assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize(1);
        browser.assertRightToLeft();
        browser.screenshot("registry-search-ar.png");

        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            resultLink(fullName).click();
            return true;
        });
        wait.until(ExpectedConditions.urlMatches(PROFILE_URL));
        assertProfileOf(fullName);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("الأيتام");
        browser.assertRightToLeft();
        browser.screenshot("beneficiary-profile-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    @Test
    void switchesToEnglishAndBackAndRemembersTheChoice() {
        signInAsOfficer();
        browser.open("/beneficiaries");
        browser.assertLanguage("ar", "rtl");

        clickLanguageLink("English");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        browser.assertLanguage("en", "ltr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Beneficiaries");
        Cookie cookie = driver.manage().getCookieNamed("silah-lang");
        assertThat(cookie).as("the language cookie").isNotNull();
        assertThat(cookie.getValue()).startsWith("en");

        browser.open("/beneficiaries/new?type=INDIVIDUAL");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-type-switch]")));
        browser.assertLanguage("en", "ltr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank().doesNotContainPattern("\\p{IsArabic}");

        clickLanguageLink("العربية");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
        browser.assertLanguage("ar", "rtl");
        assertThat(driver.getCurrentUrl()).contains("lang=ar");

        browser.open("/beneficiaries");
        browser.assertLanguage("ar", "rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("المستفيدون");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private void signInAsOfficer() {
        browser.signIn(TestAccounts.ensure(staff, Role.OFFICER), TestAccounts.PASSWORD);
    }

    /** The q of the address htmx pushed after its last swap. */
    private Object searchedFor() {
        return driver.executeScript("return new URLSearchParams(location.search).get('q')");
    }

    private boolean searching() {
        return !driver.findElements(By.cssSelector(".htmx-request")).isEmpty();
    }

    private WebElement resultLink(String fullName) {
        return driver.findElements(By.cssSelector("#results a")).stream()
                .filter(link -> link.getText().strip().equals(fullName))
                .findFirst()
                .orElse(null);
    }

    private void clickLanguageLink(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//nav//a[normalize-space()='" + label + "']")))
                .click();
    }

    private void assertProfileOf(String fullName) {
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        assertThat(heading.getText()).isEqualTo(fullName);
        assertThat(driver.getTitle()).isEqualTo(fullName);
    }
}
