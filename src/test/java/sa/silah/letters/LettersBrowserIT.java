package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * An officer in a real (headless) Chromium answers a request by letter: from the request's page to the new
 * outgoing letter, drafted from a template, registered, and shown with its number, both calendars and its PDF.
 */
@IntegrationTest
class LettersBrowserIT {

    @LocalServerPort
    int port;

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
    void answersARequestWithALetterDraftedFromATemplate() throws Exception {
        LettersFixture fixture = new LettersFixture(departments, services, staff, registry, casework);
        browser.signIn(fixture.officer, TestAccounts.PASSWORD);
        browser.open("/requests/" + fixture.request);

        browser.clickAndWaitForNextPage(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#letters a[href*='direction=OUTGOING']"))));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("إنشاء خطاب صادر");
        assertThat(driver.findElement(By.id("requestReference")).getDomProperty("value")).isEqualTo(fixture.request);
        driver.findElement(By.id("correspondent")).sendKeys(fixture.beneficiaryName);
        new Select(driver.findElement(By.id("templateCode"))).selectByValue("REQUEST_REPLY");
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("button[name=fill]")));

        assertThat(driver.findElement(By.id("subject")).getDomProperty("value")).contains(fixture.request);
        assertThat(driver.findElement(By.id("body")).getDomProperty("value"))
                .contains(fixture.beneficiaryName, fixture.request, fixture.serviceName)
                .doesNotContain("{recipient}", "{referenceNumber}", "{serviceName}");
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]:not([name])")));

        LocalDate today = LocalDate.now(Dates.RIYADH);
        int hijriYear = HijrahDate.from(today).get(ChronoField.YEAR);
        String number = driver.findElement(By.cssSelector("h1 .ltr")).getText();
        assertThat(number).matches("OUT-" + hijriYear + "-\\d{4}");
        assertThat(driver.getCurrentUrl()).endsWith("/letters/" + number + "?registered");
        assertThat(driver.findElement(By.cssSelector("main .alert-success")).getText()).contains(number);
        String letterDate = driver.findElement(By.cssSelector("dl.profile dd")).getText();
        assertThat(letterDate).contains(String.valueOf(today.getYear()), hijriYear + " هـ");
        assertThat(driver.findElement(By.cssSelector(".letter-body")).getText()).contains(fixture.beneficiaryName);

        String pdf = driver.findElement(By.id("letter-pdf")).getDomAttribute("href");
        assertThat(pdf).isEqualTo("/letters/" + number + "/pdf");
        HttpResponse<byte[]> download = asTheBrowser(pdf);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.assertRightToLeft();
        browser.screenshot("letter-page-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    /** A GET of a link on the page with the browser's session, as a click on it would send. */
    private HttpResponse<byte[]> asTheBrowser(String path) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
