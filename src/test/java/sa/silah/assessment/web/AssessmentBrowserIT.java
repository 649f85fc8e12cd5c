package sa.silah.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.Relation;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * An officer on a home visit, on a 360 px phone in Arabic, opens the beneficiary's assessment card, fills the form,
 * first with a mistake the page marks, and sees the explained score — with no sideways scrolling anywhere.
 */
@IntegrationTest
class AssessmentBrowserIT {

    private static final long PHONE_WIDTH = 360;

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
    void anOfficerCompletesAnAssessmentOnA360PxScreenAndSeesTheExplainedScore() throws Exception {
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        Beneficiary mother = withTwoChildren();
        browser.signIn(officer, TestAccounts.PASSWORD);
        // After signing in: on a phone the navigation, which signIn reads, is folded into its menu button.
        driver.manage().window().setSize(new Dimension(360, 800));

        browser.open("/beneficiaries/" + mother.getId());
        WebElement assess = wait.until(ExpectedConditions.elementToBeClickable(By.id("assess-now")));
        assertThat(driver.findElement(By.id("assessment-card-none")).getText()).isEqualTo("لا يوجد تقدير ساري");
        browser.clickAndWaitForNextPage(assess);
        browser.assertRightToLeft();
        assertNoSidewaysScrolling();
        assertThat(driver.findElement(By.id("sensitive-withheld")).getText()).contains("موافقة صريحة");

        driver.findElement(By.id("via-HOME_VISIT")).click();
        driver.findElement(By.id("a-income_salary")).sendKeys("ألف");
        driver.findElement(By.id("a-income_social_security")).sendKeys("0");
        driver.findElement(By.id("a-income_other")).sendKeys("0");
        driver.findElement(By.id("a-housing_type-apartment")).click();
        driver.findElement(By.id("a-housing_ownership-rented")).click();
        driver.findElement(By.id("a-employment-employed")).click();
        browser.clickAndWaitForNextPage(driver.findElement(By.id("assessment-submit")));

        assertThat(driver.findElement(By.cssSelector("#q-income_salary .invalid-feedback")).getText())
                .isEqualTo("اكتب رقمًا صفرًا أو أكثر");
        assertThat(driver.findElement(By.id("a-income_salary")).getAttribute("value")).isEqualTo("ألف");
        assertThat(driver.findElement(By.id("a-housing_ownership-rented")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("via-HOME_VISIT")).isSelected()).isTrue();
        assertNoSidewaysScrolling();
        browser.screenshot("assessment-form-errors-360.png");

        WebElement salary = driver.findElement(By.id("a-income_salary"));
        salary.clear();
        salary.sendKeys("1800");
        browser.clickAndWaitForNextPage(driver.findElement(By.id("assessment-submit")));

        assertThat(driver.findElement(By.id("assessment-score")).getText()).isEqualTo("60");
        assertThat(driver.findElement(By.id("assessment-level")).getText()).isEqualTo("مرتفع");
        List<String> factors = driver.findElements(By.cssSelector("#assessment-explanation tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(factors).hasSize(3);
        assertThat(factors.get(0)).contains("الدخل للفرد أقل من نصف خط الكفاية", "0.4", "40");
        assertThat(factors.get(2)).contains("السكن بالإيجار", "10");
        assertThat(driver.findElement(By.id("assessment-total")).getText()).isEqualTo("60");
        assertThat(driver.findElement(By.id("answer-housing_ownership")).getText()).isEqualTo("إيجار");
        assertThat(driver.findElement(By.id("assessment-result")).getText()).contains("زيارة منزلية", "هـ");
        browser.assertRightToLeft();
        assertNoSidewaysScrolling();
        driver.executeScript("document.getElementById('assessment-explanation').scrollIntoView()");
        browser.screenshot("assessment-explained-360.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private void assertNoSidewaysScrolling() {
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private Beneficiary withTwoChildren() {
        Beneficiary mother = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "منيرة " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, "الرياض", null, null,
                null, TestData.mobile(), null, null, List.of()));
        for (Relation child : List.of(Relation.SON, Relation.DAUGHTER)) {
            registry.addHouseholdMember(mother.getId(), new HouseholdMemberDetails("طفل " + TestData.uniqueWord(),
                    child, LocalDate.of(2016, 5, 1), null, true));
        }
        return mother;
    }
}
