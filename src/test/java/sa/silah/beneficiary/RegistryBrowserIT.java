package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * An officer in a real (headless) Chromium: signs in, registers a person through the Arabic form, finds the
 * record again with htmx live search under a different spelling, and switches the interface language.
 * Uses the system Chromium and chromedriver only; nothing is downloaded.
 */
@IntegrationTest
class RegistryBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PROFILE_URL = ".*/beneficiaries/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\?.*)?$";

    @LocalServerPort
    int port;

    @Autowired
    StaffManagement staff;

    ChromeDriver driver;
    WebDriverWait wait;
    Path profileDirectory;

    /** Skips on a machine without Chromium; fails instead when {@code CI} is set. */
    static void requireChromium() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && System.getenv("CI") != null) {
            fail("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " and CI is set; install them with: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Skipping browser tests: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing; install chromium chromium-driver (apt-get install chromium chromium-driver) to run them");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        requireChromium();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profileDirectory = Files.createTempDirectory("silah-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--window-size=1280,1000",
                "--user-data-dir=" + profileDirectory.toAbsolutePath());
        // An Arabic-speaking officer's browser. Headless Chromium would otherwise send
        // "Accept-Language: en-US", and the application answers such a browser in English.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ar-SA,ar"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void quitBrowser() throws IOException {
        try {
            if (driver != null) {
                consoleMessages().forEach(entry -> System.out.println("[browser console] " + entry));
            }
        }
        finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            deleteRecursively(profileDirectory);
        }
    }

    @Test
    void registersAPersonInArabicAndFindsThemByAnotherSpelling() throws IOException {
        signInAsOfficer();

        String family = TestData.uniqueWord();
        String fullName = "أحمد بن عبد الله " + family;
        open("/beneficiaries/new?type=INDIVIDUAL");
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

        open("/beneficiaries");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        String query = "احمد عبدالله " + family;
        search.sendKeys(query);
        // The search runs while typing: wait for the answer to the whole query, not to a prefix of it.
        wait.until(driver -> query.equals(searchedFor()) && !searching() && resultLink(fullName) != null);
        assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize(1);
        assertRightToLeft();
        screenshot("registry-search-ar.png");

        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            resultLink(fullName).click();
            return true;
        });
        wait.until(ExpectedConditions.urlMatches(PROFILE_URL));
        assertProfileOf(fullName);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("الأيتام");
        assertRightToLeft();
        screenshot("beneficiary-profile-ar.png");
        assertNoContentSecurityPolicyViolations();
    }

    @Test
    void switchesToEnglishAndBackAndRemembersTheChoice() {
        signInAsOfficer();
        open("/beneficiaries");
        assertLanguage("ar", "rtl");

        clickLanguageLink("English");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertLanguage("en", "ltr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Beneficiaries");
        Cookie cookie = driver.manage().getCookieNamed("silah-lang");
        assertThat(cookie).as("the language cookie").isNotNull();
        assertThat(cookie.getValue()).startsWith("en");

        open("/beneficiaries/new?type=INDIVIDUAL");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-type-switch]")));
        assertLanguage("en", "ltr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank().doesNotContainPattern("\\p{IsArabic}");

        clickLanguageLink("العربية");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
        assertLanguage("ar", "rtl");
        assertThat(driver.getCurrentUrl()).contains("lang=ar");

        open("/beneficiaries");
        assertLanguage("ar", "rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("المستفيدون");
        assertNoContentSecurityPolicyViolations();
    }

    private void signInAsOfficer() {
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        open("/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertLanguage("ar", "rtl");
        driver.findElement(By.id("username")).sendKeys(officer);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(driver.findElement(By.tagName("nav")).getText()).contains(officer);
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

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
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

    private void assertLanguage(String lang, String dir) {
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo(lang);
        assertThat(html.getDomAttribute("dir")).isEqualTo(dir);
    }

    private void assertRightToLeft() {
        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(js.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Warnings and errors the pages wrote to the browser console since the last call. */
    private List<LogEntry> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The pages' strict Content-Security-Policy must not block any script or style they rely on. */
    private void assertNoContentSecurityPolicyViolations() {
        List<LogEntry> messages = consoleMessages();
        messages.forEach(entry -> System.out.println("[browser console] " + entry));
        assertThat(messages).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy"));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
