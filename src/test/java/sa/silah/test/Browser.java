package sa.silah.test;

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

import org.junit.jupiter.api.Assumptions;
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

/**
 * An Arabic-speaking officer's headless Chromium pointed at the application on a local port, for browser
 * tests. Uses the system Chromium and chromedriver only; nothing is downloaded. Without them the test is
 * skipped with a clear message, unless {@code CI} is set: then it fails.
 *
 * <pre>
 * browser = Browser.start(port);   // in @BeforeEach
 * browser.close();                 // in @AfterEach: prints the console, quits, removes the profile
 * </pre>
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Duration WAIT = Duration.ofSeconds(10);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int port;
    private final Path profileDirectory;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(int port, Path profileDirectory, ChromeDriver driver) {
        this.port = port;
        this.profileDirectory = profileDirectory;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Skips on a machine without Chromium; fails instead when {@code CI} is set. */
    public static void requireChromium() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && System.getenv("CI") != null) {
            fail("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " and CI is set; install them with: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Skipping browser tests: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing; install chromium chromium-driver (apt-get install chromium chromium-driver) to run them");
    }

    /** A fresh browser with its own profile, asking for Arabic, for the application on this port. */
    public static Browser start(int port) throws IOException {
        requireChromium();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profileDirectory = Files.createTempDirectory("silah-chromium-");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-extensions", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--window-size=1280,1000",
                    "--user-data-dir=" + profileDirectory.toAbsolutePath(),
                    // Bootstrap scrolls smoothly unless the user prefers reduced motion; chromedriver then
                    // clicks an element below the fold before the page has scrolled to it, and the click
                    // is "intercepted". A user who prefers reduced motion gets instant scrolling.
                    "--force-prefers-reduced-motion");
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
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(port, profileDirectory, driver);
        }
        catch (RuntimeException failed) {
            deleteRecursively(profileDirectory);
            throw failed;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** An explicit wait of {@link #WAIT}. */
    public WebDriverWait waiting() {
        return wait;
    }

    /** Opens a path of the application, such as {@code /inbox?tab=MINE}. */
    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in through the login page, which must speak Arabic, and checks the navigation shows who. */
    public void signIn(String username, String password) {
        open("/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertLanguage("ar", "rtl");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(driver.findElement(By.tagName("nav")).getText()).contains(username);
    }

    /**
     * Clicks and waits until the page the click leads to has loaded. Marks the current window first:
     * a new page starts without the mark. Waiting for the old element to go stale instead is not
     * reliable; Chromium sometimes answers a question about a node of the unloaded page with an
     * "unknown error" rather than a stale element.
     */
    public void clickAndWaitForNextPage(WebElement element) {
        driver.executeScript("window.silahPreviousPage = true");
        element.click();
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && window.silahPreviousPage === undefined")));
    }

    /** Runs the action and waits until htmx has replaced what the selector matches with new content. */
    public void waitForSwap(String selector, Runnable action) {
        driver.executeScript("document.querySelector(arguments[0]).dataset.silahBeforeSwap = 'true'", selector);
        action.run();
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "var e = document.querySelector(arguments[0]); return e !== null && e.dataset.silahBeforeSwap === undefined",
                selector)));
    }

    /**
     * The bytes of HTML, CSS and JavaScript the current page cost to load, as sent over the wire (compressed),
     * headers included; images and fonts aside. Chromium reports what it fetched, so a fresh profile measures a
     * first visit.
     */
    public long htmlCssAndScriptBytesTransferred() {
        return ((Number) driver.executeScript("""
                const page = performance.getEntriesByType('navigation').map(e => e.transferSize);
                const parts = performance.getEntriesByType('resource')
                    .filter(e => e.initiatorType === 'link' || e.initiatorType === 'script' || /\\.(css|js)(\\?|$)/.test(e.name))
                    .map(e => e.transferSize);
                return page.concat(parts).reduce((a, b) => a + b, 0);""")).longValue();
    }

    /** The {@code lang} and {@code dir} the page's root element declares. */
    public void assertLanguage(String lang, String dir) {
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo(lang);
        assertThat(html.getDomAttribute("dir")).isEqualTo(dir);
    }

    /** The page declares right-to-left and its body is laid out right-to-left. */
    public void assertRightToLeft() {
        assertThat(driver.executeScript("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(driver.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
    }

    /** Saves what the window shows as {@code target/screenshots/<name>}. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Warnings and errors the pages wrote to the browser console since the last call. */
    public List<LogEntry> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The pages' strict Content-Security-Policy must not block any script or style they rely on. */
    public void assertNoContentSecurityPolicyViolations() {
        List<LogEntry> messages = consoleMessages();
        messages.forEach(entry -> System.out.println("[browser console] " + entry));
        assertThat(messages).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy"));
    }

    /** Prints what is left in the console, quits the browser and removes its profile. */
    @Override
    public void close() throws IOException {
        try {
            consoleMessages().forEach(entry -> System.out.println("[browser console] " + entry));
        }
        finally {
            try {
                driver.quit();
            }
            finally {
                deleteRecursively(profileDirectory);
            }
        }
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
