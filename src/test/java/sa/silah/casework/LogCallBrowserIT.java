package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/** An officer on the phone with a beneficiary logs the call from the beneficiary's page in two clicks. */
@IntegrationTest
class LogCallBrowserIT {

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
    void logsACallInTwoClicksFromTheBeneficiarysPage() throws IOException {
        CaseworkFixture fixture = new CaseworkFixture(departments, services, staff, registry);
        String mobile = registry.find(fixture.beneficiary).orElseThrow().getMobile();
        browser.signIn(fixture.officer, TestAccounts.PASSWORD);
        browser.open("/beneficiaries/" + fixture.beneficiary);

        wait.until(ExpectedConditions.elementToBeClickable(By.id("log-call"))).click();
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("c-save")));
        assertThat(driver.findElement(By.id("c-phoneNumber")).getDomProperty("value")).isEqualTo(mobile);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        browser.screenshot("log-call-ar.png");
        browser.clickAndWaitForNextPage(save);

        assertThat(driver.getCurrentUrl()).endsWith("/beneficiaries/" + fixture.beneficiary);
        assertThat(driver.findElement(By.cssSelector("main .alert-success")).getText()).contains("تم تسجيل التواصل");
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class,'list-group-item')]//span[contains(., 'تم الرد')]")));
        assertThat(outcome.isDisplayed()).isTrue();
        assertThat(casework.timelineOf(fixture.beneficiary, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(call -> {
                    assertThat(call.getOutcome()).isEqualTo(CallOutcome.ANSWERED);
                    assertThat(call.getPhoneNumber()).isEqualTo(mobile);
                    assertThat(call.getDirection()).isEqualTo(Direction.INBOUND);
                });
        browser.assertRightToLeft();
        browser.assertNoContentSecurityPolicyViolations();
    }
}
