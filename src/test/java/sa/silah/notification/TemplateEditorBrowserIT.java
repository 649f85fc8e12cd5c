package sa.silah.notification;

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

import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * The administrator in a real (headless) Chromium rewrites an Arabic SMS text: the part count under the text
 * box follows the typing through htmx, the text is saved, and the development outbox opens.
 */
@IntegrationTest
class TemplateEditorBrowserIT {

    /** 35 characters of Arabic: with the placeholder one SMS, twice over the 70 characters of one Arabic SMS. */
    private static final String HALF = "نفيدكم بأن طلبكم وصل وسنبدأ دراسته ";
    private static final String ONE_PART = "أجزاء الرسالة النصية: 1، عدد الأحرف: 52 (العربية: 70 حرفاً للرسالة الواحدة، 67 لكل جزء)";
    private static final String TWO_PARTS = "أجزاء الرسالة النصية: 2، عدد الأحرف: 87 (العربية: 70 حرفاً للرسالة الواحدة، 67 لكل جزء)";

    @LocalServerPort
    int port;

    @Autowired
    NotificationTemplates templates;

    @Autowired
    TemplateLibrary library;

    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;
    NotificationTemplate original;

    @BeforeEach
    void startBrowser() throws IOException {
        original = templates.findByTemplateKeyAndChannelAndLanguage(TemplateKey.DUE_TIME_CHANGED,
                NotificationChannel.SMS, "ar").orElseThrow();
        browser = Browser.start(port);
        driver = browser.driver();
        wait = browser.waiting();
    }

    /** The tests share one database, and the others expect the seeded text. */
    @AfterEach
    void quitBrowserAndRestoreTheText() throws IOException {
        library.edit(original.getId(), original.getSubject(), original.getBody(), original.getWhatsappTemplate(),
                "test-restore");
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void countsTheSmsPartsWhileTheAdministratorTypesAndSaves() throws IOException {
        browser.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        browser.open("/admin/notification-templates/" + original.getId());

        WebElement body = driver.findElement(By.id("body"));
        browser.waitForSwap("#body-segments", () -> {
            body.clear();
            body.sendKeys(HALF + "{referenceNumber}");
        });
        partsShown(ONE_PART);

        browser.waitForSwap("#body-segments", () -> body.sendKeys(" " + HALF.strip()));
        partsShown(TWO_PARTS);
        browser.assertRightToLeft();
        browser.screenshot("notification-template-editor-ar.png");

        browser.clickAndWaitForNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/notification-templates");
        assertThat(driver.findElement(By.cssSelector("main .alert-success")).getText()).contains("حُفظ القالب");
        String saved = HALF + "{referenceNumber} " + HALF.strip();
        assertThat(templates.findById(original.getId()).orElseThrow().getBody()).isEqualTo(saved);

        browser.open("/admin/notifications");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("الرسائل المرسلة");
        browser.assertRightToLeft();
        browser.screenshot("notification-outbox-ar.png");
        browser.assertNoContentSecurityPolicyViolations();
    }

    /**
     * Waits for the count of the whole text: on a busy machine a pause between keystrokes can let htmx ask
     * for the count of a part of it first.
     */
    private void partsShown(String count) {
        wait.until(ExpectedConditions.textToBe(By.id("body-segments"), count));
    }
}
