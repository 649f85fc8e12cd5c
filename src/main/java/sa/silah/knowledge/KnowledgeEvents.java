package sa.silah.knowledge;

import java.time.Instant;
import java.util.UUID;

/** What the knowledge module tells other modules. */
public final class KnowledgeEvents {

    private KnowledgeEvents() {
    }

    /**
     * An officer answered an inquiry with a knowledge item: {@code text} is the reply as they sent it (edited,
     * placeholders filled), for the beneficiary's channel. {@code useId} names the answer, once.
     */
    public record InquiryAnswered(long useId, UUID requestId, String requestRef, UUID beneficiaryId, String text,
            Instant at) {
    }
}
