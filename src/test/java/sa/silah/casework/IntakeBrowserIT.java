package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * The journey in a real (headless) Chromium: an officer takes a phone inquiry that becomes a service
 * request through the four steps of the intake page, reads out the reference number and the expected date,
 * finds the request in the inbox with its due date and starts work on it.
 */
@IntegrationTest
class IntakeBrowserIT {

    private static final Pattern REFERENCE = Pattern.compile("REQ-\\d{4}-\\d{6}");
    private static final String HIJRI = "هـ";

    @LocalServerPort
    int port;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    CaseworkFixture fixture;
    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start(port);
        driver = browser.driver();
        wait = browser.waiting();
        fixture = new CaseworkFixture(departments, services, staff, registry);
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aPhoneInquiryBecomesAServiceRequestThroughTheFourStepsAndReachesTheInboxWithItsDueDate() throws IOException {
        Beneficiary beneficiary = registry.find(fixture.beneficiary).orElseThrow();
        browser.signIn(fixture.officer, TestAccounts.PASSWORD);

        // From the beneficiary's page to the intake page, once htmx has loaded the beneficiary's requests
        // (and with them the "new request" button) into the page: until then the page still moves.
        browser.open("/beneficiaries/" + fixture.beneficiary);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), beneficiary.getFullName()));
        By newRequest = By.xpath("//main//a[contains(@class, 'btn') and normalize-space()='معاملة جديدة']");
        wait.until(driver -> driver.findElements(By.cssSelector(".htmx-request, .htmx-settling")).isEmpty()
                && !driver.findElements(newRequest).isEmpty());
        wait.until(ExpectedConditions.elementToBeClickable(newRequest)).click();
        wait.until(ExpectedConditions.urlContains("/intake?beneficiary=" + fixture.beneficiary));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main form[method=post]")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(beneficiary.getFullName());
        browser.assertRightToLeft();

        // Step 1: the caller asks a question on the phone, and is answered.
        select("kind").selectByValue("INQUIRY");
        select("channel").selectByValue("PHONE");
        assertThat(select("kind").getFirstSelectedOption().getText()).isEqualTo("استفسار");
        assertThat(select("channel").getFirstSelectedOption().getText()).isEqualTo("الهاتف");
        form.findElement(By.id("subject")).sendKeys("استفسار عن السلة الغذائية الشهرية");
        form.findElement(By.id("description")).sendKeys("تسأل عن شروط السلة الغذائية لأسرة من خمسة أفراد");
        form.findElement(By.id("answerGiven")).sendKeys("أوضحنا الشروط والمستندات المطلوبة");

        // The caller then asks for the service itself: the inquiry becomes a service request.
        select("kind").selectByValue("SERVICE");
        // Step 2: the expected time, recalculated by htmx for the service chosen.
        browser.waitForSwap("#expected-due > *", () -> select("serviceCode").selectByValue(fixture.serviceA));
        wait.until(driver -> driver.findElements(By.cssSelector(".htmx-request")).isEmpty()
                && driver.findElement(By.id("expected-due")).getText().contains(HIJRI));
        String promised = driver.findElement(By.id("expected-due")).getText().strip();
        assertThat(promised).contains(HIJRI);

        // Step 3: there is a way to reach the beneficiary.
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(beneficiary.getMobile());

        // Step 4: submit.
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "تم تسجيل المعاملة"));
        String reference = driver.findElement(By.cssSelector("main .display-6")).getText().strip();
        assertThat(reference).matches(REFERENCE);
        String expected = driver.findElement(By.cssSelector("main p.fs-4")).getText().strip();
        assertThat(expected).contains(HIJRI);
        browser.assertRightToLeft();
        browser.screenshot("intake-submitted-ar.png");

        // The inbox: the new, unassigned request of service A with its due date.
        long serviceA = services.getByCode(fixture.serviceA).getId();
        browser.open("/inbox?tab=UNASSIGNED&service=" + serviceA);
        By row = By.xpath("//table//tbody/tr[td/a[normalize-space()='" + reference + "']]");
        WebElement inboxRow = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        String due = inboxRow.findElement(By.xpath("./td[last()]/span[1]")).getText().strip();
        assertThat(due).contains(HIJRI).isEqualTo(expected);
        assertThat(inboxRow.getText()).contains("استفسار عن السلة الغذائية الشهرية", "طلب خدمة", "مقدَّمة");
        browser.assertRightToLeft();
        browser.screenshot("inbox-ar.png");

        // The request's page: start work on it.
        inboxRow.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.urlContains("/requests/" + reference));
        By status = By.cssSelector("main h1 + p .badge");
        wait.until(ExpectedConditions.textToBe(status, "مقدَّمة"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//form//button[normalize-space()='بدء العمل']")))
                .click();
        wait.until(ExpectedConditions.textToBe(status, "قيد العمل"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).contains(reference);
        assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText()).isNotBlank();
        browser.assertRightToLeft();
        browser.screenshot("request-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private Select select(String id) {
        return new Select(driver.findElement(By.id(id)));
    }
}
