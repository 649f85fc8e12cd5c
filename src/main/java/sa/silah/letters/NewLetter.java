package sa.silah.letters;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter as staff or another system register it. The correspondent is the sender of an incoming letter
 * and the recipient of an outgoing one; the body is the text of an outgoing letter (for an incoming one, an
 * optional summary); the language ({@code ar}, the default, or {@code en}) is the one the letter is written
 * in. A letter may concern a beneficiary and one of their requests, named by its reference number.
 */
public record NewLetter(LetterDirection direction, LocalDate letterDate, String correspondent, String subject,
        String body, String language, String templateCode, UUID beneficiaryId, String requestReference) {
}
