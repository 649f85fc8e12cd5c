package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** A person on a small phone complains without their name, then follows the complaint from the site. */
@IntegrationTest
class PublicSiteBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;
    ChromeDriver driver;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start(port);
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(360, 800));
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnonymousComplaintFromAPhoneIsSentAndThenTracked() throws Exception {
        String mobile = TestData.mobile();
        browser.open("/");
        browser.assertLanguage("ar", "rtl");
        assertNoHorizontalScrolling();
        assertTapTargetsAreLargeEnough();
        browser.screenshot("public-home-360.png");

        for (String page : new String[] { "services", "channels" }) {
            browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("nav a[href$='/" + page + "']")));
            assertNoHorizontalScrolling();
            browser.screenshot("public-" + page + "-360.png");
        }
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("header a.brand")));
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("a[href$='/forms/complaint']")));
        driver.findElement(By.id("subject")).sendKeys("تأخر صرف السلة");
        driver.findElement(By.id("description")).sendKeys("تقدمت قبل شهر ولم يصلني رد.");
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(driver.findElement(By.id("name-error")).getText()).contains("اكتب اسمك");
        assertThat(driver.findElement(By.id("description")).getDomProperty("value")).contains("تقدمت قبل شهر");
        driver.findElement(By.cssSelector("input[type=checkbox][name=anonymous]")).click();
        driver.findElement(By.id("mobile")).sendKeys(mobile);
        assertNoHorizontalScrolling();
        browser.screenshot("public-complaint-form-360.png");
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));

        String reference = driver.findElement(By.cssSelector(".reference")).getText();
        Matcher matcher = Pattern.compile("REQ-[0-9]+-[0-9]+").matcher(reference);
        assertThat(matcher.matches()).as(reference).isTrue();
        assertThat(driver.findElement(By.cssSelector(".due")).getText()).contains("هـ");
        assertNoHorizontalScrolling();
        browser.screenshot("public-complaint-sent-360.png");

        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main a.button[href*='/track?ref=']")));
        assertThat(driver.findElement(By.id("ref")).getDomProperty("value")).isEqualTo(reference);
        driver.findElement(By.id("mobile")).sendKeys(mobile);
        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("مقدَّمة");
        assertThat(driver.findElement(By.cssSelector(".due")).getText()).contains("هـ");
        assertNoHorizontalScrolling();
        browser.screenshot("public-track-360.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private void assertNoHorizontalScrolling() {
        Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the page scrolls sideways at 360 px").isEqualTo(true);
    }

    /** Links and buttons a thumb must hit are at least 44 px tall. */
    private void assertTapTargetsAreLargeEnough() {
        for (WebElement target : driver.findElements(By.cssSelector("header a, main a.button, main button"))) {
            assertThat(target.getSize().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(44);
        }
    }
}
