package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

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
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/** An officer opens a copy request from the beneficiary's page, verifies the ID seen and hands over the copy. */
@IntegrationTest
class DataSubjectRequestBrowserIT {

    @LocalServerPort
    int port;

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
    void opensVerifiesAndCompletesACopyRequestFromTheBeneficiarysPage() throws IOException {
        Beneficiary person = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "لطيفة " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, "الدمام", null, null,
                null, TestData.mobile(), null, null, List.of()));
        browser.signIn(TestAccounts.ensure(staff, Role.OFFICER), TestAccounts.PASSWORD);
        browser.open("/beneficiaries/" + person.getId());

        browser.clickAndWaitForNextPage(wait.until(ExpectedConditions.elementToBeClickable(By.id("dsr-open-for-beneficiary"))));
        new Select(driver.findElement(By.id("right"))).selectByValue("COPY");
        driver.findElement(By.id("details")).sendKeys("أرغب في نسخة من بياناتي");
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("#dsr-open-form button[type=submit]")));

        assertThat(driver.getCurrentUrl()).matches(".*/privacy/requests/DSR-\\d{4}-\\d{5,}");
        assertThat(driver.findElement(By.id("dsr-days-left")).getText()).contains("30");
        browser.screenshot("data-subject-request-received-ar.png");
        new Select(driver.findElement(By.id("method"))).selectByValue("NATIONAL_ID_SEEN");
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("#dsr-verify-form button[type=submit]")));
        WebElement complete = driver.findElement(By.cssSelector("#dsr-complete-form button[type=submit]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
        browser.clickAndWaitForNextPage(complete);

        assertThat(driver.findElement(By.id("dsr-status")).getText()).isEqualTo("منفّذ");
        assertThat(driver.findElements(By.cssSelector("#dsr-copy a"))).hasSize(2);
        browser.screenshot("data-subject-request-completed-ar.png");
        browser.assertRightToLeft();
        browser.assertNoContentSecurityPolicyViolations();
    }
}
