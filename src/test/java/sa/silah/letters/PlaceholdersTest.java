package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void findsPlaceholdersThatAreNotKnownOnceEachInOrder() {
        assertThat(Placeholders.unknownIn("إلى {recipent} بشأن {subject} و{fee} ثم {recipent}"))
                .containsExactly("recipent", "fee");
        assertThat(Placeholders.unknownIn("{recipient} {letterNumber} {hijriDate}")).isEmpty();
        assertThat(Placeholders.unknownIn(null)).isEmpty();
    }

    @Test
    void bracesAroundSpacesAreTextNotPlaceholders() {
        assertThat(Placeholders.unknownIn("{ نص بين قوسين }")).isEmpty();
    }

    @Test
    void fillsWhatHasAValueAndLeavesTheRestAsWritten() {
        String filled = Placeholders.fill("المكرم/ {recipient} — طلبكم {referenceNumber} — خطابنا {letterNumber}",
                Map.of("recipient", "سارة", "referenceNumber", "REQ-1448-000007"));
        assertThat(filled).isEqualTo("المكرم/ سارة — طلبكم REQ-1448-000007 — خطابنا {letterNumber}");
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertThat(Placeholders.fill("{subject}", Map.of("subject", "$1 \\ {recipient}"))).isEqualTo("$1 \\ {recipient}");
    }
}
