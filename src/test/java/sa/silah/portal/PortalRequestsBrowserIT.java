package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.BeneficiaryRequest;
import sa.silah.casework.Casework;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * Two beneficiaries on their phones. The first signs in with the texted code, claims her record, opens the request
 * that waits for her documents and sends one, which puts the request back to work. The second, signed in on another
 * phone, asks for the first one's request and document by their addresses and gets "not found"; her copy of her
 * data holds nothing of the first one's.
 */
@IntegrationTest
class PortalRequestsBrowserIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    Casework casework;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    JdbcTemplate jdbc;

    Browser first;
    Browser second;
    Path scan;

    @BeforeEach
    void start() throws Exception {
        first = Browser.start(port);
        first.driver().manage().window().setSize(new Dimension(360, 780));
        second = Browser.start(port);
        scan = Files.createTempFile("هوية-", ".pdf");
        Files.write(scan, PDF);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            first.close();
            second.close();
        }
        finally {
            Files.deleteIfExists(scan);
        }
    }

    @Test
    void sendsTheDocumentsAskedForAndNobodyElseSeesTheRequest() throws Exception {
        String suffix = TestData.uniqueWord();
        String code = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department department = departments.create("PB_" + code, "إدارة " + suffix, "Department " + code);
        String service = services.create(new ServiceDetails("PBS_" + code, "إعانة " + suffix, "Aid " + code, null, null,
                department.getCode(), "P3D", List.of(), List.of(), true, true)).getCode();
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        Person sara = person("سارة " + suffix);
        Person noura = person("نورة " + suffix);
        String ref = casework.submitByBeneficiary(sara.id(), new BeneficiaryRequest(service, "إعانة إيجار", null), null)
                .getReferenceNumber();
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, casework.caseworker(officer));
        casework.changeStatus(ref, RequestStatus.AWAITING_BENEFICIARY, "أرسلي صورة الهوية", casework.caseworker(officer));

        signIn(first, sara);
        ChromeDriver driver = first.driver();
        first.clickAndWaitForNextPage(driver.findElement(By.linkText("طلباتي")));
        first.clickAndWaitForNextPage(driver.findElement(By.cssSelector("a[href$='/portal/requests/" + ref + "']")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("أرسلي صورة الهوية");
        driver.findElement(By.id("file")).sendKeys(scan.toAbsolutePath().toString());
        first.clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action$='/documents'] button[type=submit]")));

        assertThat(status(ref)).isEqualTo("IN_PROGRESS");
        String document = driver.findElement(By.cssSelector("main a[href*='/documents/']")).getDomAttribute("href");
        assertThat(driver.findElements(By.id("file"))).isEmpty();
        assertThat((Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0L);
        first.assertRightToLeft();
        assertThat(first.htmlCssAndScriptBytesTransferred()).isPositive().isLessThan(100_000);
        first.screenshot("portal-request-sent-360.png");
        first.assertNoContentSecurityPolicyViolations();

        signIn(second, noura);
        second.open("/portal/requests/" + ref);
        assertNotFound(second);
        second.open(document);
        assertNotFound(second);
        // The copy is a download, so the page fetches it the way the browser's download would.
        second.open("/portal");
        String copy = (String) second.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/portal/me/data.json').then(r => r.text()).then(done);""");
        assertThat(copy).contains(noura.id().toString()).doesNotContain(ref).doesNotContain(sara.id().toString());
    }

    private void signIn(Browser browser, Person person) {
        ChromeDriver driver = browser.driver();
        browser.open("/portal/login");
        driver.findElement(By.id("mobile")).sendKeys(person.mobile());
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));
        driver.findElement(By.id("code")).sendKeys(new PortalSignIn(null, jdbc).latestCode(person.mobile()));
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main button[type=submit]")));
        driver.findElement(By.id("identifier")).sendKeys(person.nationalId());
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).endsWith("/portal");
    }

    private static void assertNotFound(Browser browser) {
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("غير موجود").contains("404");
    }

    private String status(String ref) {
        return jdbc.queryForObject("select status from request where reference_number = ?", String.class, ref);
    }

    private Person person(String name) {
        String nationalId = TestData.nationalId('1');
        String mobile = TestData.mobile();
        UUID id = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, name, null, nationalId, null, null,
                null, "الرياض", null, null, null, mobile, null, null, List.of())).getId();
        return new Person(id, nationalId, mobile);
    }

    private record Person(UUID id, String nationalId, String mobile) {
    }
}
