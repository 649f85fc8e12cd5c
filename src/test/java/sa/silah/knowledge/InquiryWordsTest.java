package sa.silah.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import sa.silah.shared.InvalidFieldsException;

/** The words an inquiry is searched by, and the {@code kind:id[:page]} form an item is inserted by. */
class InquiryWordsTest {

    @Test
    void anInquiryIsSearchedByItsTellingWordsOnly() {
        assertThat(InquiryAnswers.significantWords("السلام عليكم، متى يصرف الدعم في هذا الشهر؟ متى يصرف"))
                .containsExactly("يصرف", "الدعم", "الشهر");
    }

    @Test
    void anItemIsWrittenAndReadBack() {
        assertThat(KnowledgeItem.parse("FAQ:12")).isEqualTo(new KnowledgeItem(ItemKind.FAQ, 12, null));
        assertThat(KnowledgeItem.parse("document:7:3").written()).isEqualTo("DOCUMENT:7:3");
        // only a document's passage has a page
        assertThat(new KnowledgeItem(ItemKind.CANNED_ANSWER, 5, 2).written()).isEqualTo("CANNED_ANSWER:5");
    }

    @Test
    void anUnreadableItemIsRefused() {
        for (String written : new String[] { null, "", "FAQ", "FAQ:x", "BOOK:1", "FAQ:1:2:3" }) {
            assertThatThrownBy(() -> KnowledgeItem.parse(written)).as(written)
                    .isInstanceOf(InvalidFieldsException.class);
        }
    }
}
