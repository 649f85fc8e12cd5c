package sa.silah.sla;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.OutputType;
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

/**
 * An administrator in a real (headless) Chromium opens the business calendar from the menu and tries a due
 * time: the answer arrives by htmx under the strict Content-Security-Policy, right to left. Skips without
 * the system Chromium, like the registry's browser test.
 */
@IntegrationTest
class CalendarBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    StaffManagement staff;

    ChromeDriver driver;
    WebDriverWait wait;
    Path profileDirectory;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        Assumptions.assumeTrue(installed || System.getenv("CI") != null, "Skipping: no " + CHROMIUM);
        profileDirectory = Files.createTempDirectory("silah-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--window-size=1280,1400",
                "--user-data-dir=" + profileDirectory.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ar-SA,ar"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability("goog:loggingPrefs", logging);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDirectory != null) {
            try (Stream<Path> paths = Files.walk(profileDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void anAdministratorTriesADueTimeOnTheCalendarPage() throws IOException {
        String admin = TestAccounts.ensure(staff, Role.ADMIN);
        open("/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(admin);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.findElement(By.id("nav-admin")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("nav a[href='/admin/calendar']"))).click();
        wait.until(ExpectedConditions.urlContains("/admin/calendar"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("تقويم العمل");
        assertThat(driver.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");

        // A Thursday afternoon in Ramadan 1447, the Eid al-Fitr holiday ahead.
        driver.executeScript("document.getElementById('due-start').value = '2026-03-17T14:00'");
        WebElement duration = driver.findElement(By.id("due-duration"));
        duration.clear();
        duration.sendKeys("PT2H");
        driver.findElement(By.cssSelector("form[hx-get] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("due"), "23 مارس 2026 09:00"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/due");
        screenshot("calendar-ar.png");

        open("/admin/calendar/holidays/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nameAr")));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#nameAr.is-invalid")));
        assertThat(driver.findElement(By.id("nameAr-error")).getText()).contains("اكتب الاسم");
        screenshot("calendar-holiday-form-ar.png");

        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        console.forEach(entry -> System.out.println("[browser console] " + entry));
        assertThat(console).extracting(LogEntry::getMessage).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
