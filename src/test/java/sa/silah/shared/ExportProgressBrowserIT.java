package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import sa.silah.reporting.ReportsFixture;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * A manager exports a list in Arabic: the export's progress is shown beside its links as the rows arrive, the file
 * is saved under the server's name, and a refused export shows the server's reason instead of a file.
 */
@IntegrationTest
class ExportProgressBrowserIT {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;
    @Autowired
    StaffManagement staff;
    @Autowired
    MessageSource messages;

    @TempDir
    Path downloads;

    Browser browser;
    ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start(port);
        driver = browser.driver();
        // Headless Chromium's downloads go to a folder of the test's own, where the saved file can be looked at.
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void theInboxCsvCountsItsRowsUpToTheAnnouncedTotalAndIsSavedUnderItsName() throws IOException {
        ReportsFixture.in(context);
        browser.signIn(TestAccounts.ensure(staff, Role.MANAGER), TestAccounts.PASSWORD);
        browser.open("/inbox?tab=ALL");
        WebElement csv = driver.findElement(By.cssSelector("a[data-export=csv]"));
        long total = totalRowsOf(csv.getDomProperty("href"));
        assertThat(total).isGreaterThanOrEqualTo(8);

        csv.click();
        WebElement area = csv.findElement(By.xpath("ancestor::*[@data-export-area]"));
        WebElement bar = area.findElement(By.cssSelector("[role=progressbar]"));
        WebElement status = area.findElement(By.cssSelector("[role=status]"));
        browser.waiting().until(d -> "100".equals(bar.getDomAttribute("aria-valuenow"))
                && status.getText().startsWith(message("export.progress.done", "")));

        String rows = message("export.progress.rows", Long.toString(total), Long.toString(total));
        assertThat(status.getText()).isEqualTo(message("export.progress.done", rows)).contains(" من ");
        assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(csv.getDomAttribute("aria-disabled")).as("the links work again once the file is saved").isNull();
        Path saved = savedFile(message("inbox.title") + "-" + LocalDate.now(Dates.RIYADH) + ".csv");
        assertThat(Files.readString(saved)).startsWith("\uFEFF").contains("\r\n");
        browser.screenshot("export-progress.png");

        WebElement xlsx = area.findElement(By.cssSelector("a[data-export=xlsx]"));
        xlsx.click();
        browser.waiting().until(d -> "100".equals(bar.getDomAttribute("aria-valuenow"))
                && status.getText().startsWith(message("export.progress.done", "")) && !status.getText().contains(" من "));
        assertThat(status.getText()).as("a workbook's rows cannot be counted; its size is shown")
                .matches(message("export.progress.done", message("export.progress.kilobytes", "\\d+")));
        assertThat(savedFile(message("inbox.title") + "-" + LocalDate.now(Dates.RIYADH) + ".xlsx")).isNotEmptyFile();
        browser.assertNoContentSecurityPolicyViolations();
    }

    @Test
    void aRefusedDashboardExportShowsTheServersReasonInsteadOfAFile() throws IOException {
        browser.signIn(TestAccounts.ensure(staff, Role.MANAGER), TestAccounts.PASSWORD);
        browser.open("/reports?preset=CUSTOM&from=2025-03-01&to=2025-03-31");
        WebElement csv = driver.findElement(By.id("report-export-csv"));
        driver.executeScript("arguments[0].href = '/reports/export.csv?preset=CUSTOM&from=bad&to=2025-03-31'", csv);

        csv.click();
        WebElement area = csv.findElement(By.xpath("ancestor::*[@data-export-area]"));
        WebElement status = area.findElement(By.cssSelector("[role=status]"));
        browser.waiting().until(d -> !status.getText().isEmpty() && csv.getDomAttribute("aria-disabled") == null);

        assertThat(status.getText()).startsWith(message("report.export.invalid").trim()).contains("from");
        assertThat(status.getDomAttribute("class")).contains("text-danger");
        assertThat(area.findElement(By.cssSelector("[role=progressbar]")).isDisplayed()).isFalse();
        try (Stream<Path> files = Files.list(downloads)) {
            assertThat(files).as("nothing is saved").isEmpty();
        }
        browser.screenshot("export-refused.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    /** What the server announces in X-Total-Rows for this export, asked by the signed-in browser itself. */
    private long totalRowsOf(String url) {
        Object total = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.body.cancel().then(() => done(r.headers.get('X-Total-Rows'))));""",
                url);
        return Long.parseLong((String) total);
    }

    /** The file once Chromium has finished writing it. */
    private Path savedFile(String name) {
        Path file = downloads.resolve(name);
        browser.waiting().until(d -> Files.isRegularFile(file) && downloadsFinished());
        return file;
    }

    private boolean downloadsFinished() {
        try (Stream<Path> files = Files.list(downloads)) {
            List<String> names = files.map(path -> path.getFileName().toString()).toList();
            return names.stream().noneMatch(name -> name.endsWith(".crdownload"));
        } catch (IOException unreadable) {
            return false;
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, ARABIC);
    }
}
