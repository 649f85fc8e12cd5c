package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void rendersNamedPlaceholdersAndKeepsArabicAroundThem() {
        assertThat(TemplateText.render("استلمنا طلبك {referenceNumber}، الموعد {dueDate}.",
                Map.of("referenceNumber", "REQ-1448-000001", "dueDate", "3 ديسمبر 2026")))
                .isEqualTo("استلمنا طلبك REQ-1448-000001، الموعد 3 ديسمبر 2026.");
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithDollarSignsAndBraces() {
        assertThat(TemplateText.render("{reason}", Map.of("reason", "$1 {code}"))).isEqualTo("$1 {code}");
    }

    @Test
    void listsPlaceholdersInOrderOnceEach() {
        assertThat(TemplateText.placeholders("{referenceNumber} {dueDate} {referenceNumber} {reason}"))
                .containsExactly("referenceNumber", "dueDate", "reason");
    }

    @Test
    void findsUnknownPlaceholders() {
        assertThat(TemplateText.unknownPlaceholders("{referenceNumber} {refrenceNumber} {}"))
                .containsExactly("refrenceNumber", "");
        assertThat(TemplateText.unknownPlaceholders("{trackingLink} {serviceName}")).isEmpty();
    }
}
