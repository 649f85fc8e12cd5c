package sa.silah.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.ArabicText;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Answering an inquiry from the library: the items that match its text, the reply an item makes for this
 * beneficiary, and the answer sent — recorded as a use of the item, put on the request's timeline and announced
 * ({@link KnowledgeEvents.InquiryAnswered}) for the notification module to send, all in one transaction.
 */
@Service
@Transactional
public class InquiryAnswers {

    /** Suggestions shown on an inquiry's page. */
    public static final int SUGGESTIONS = 5;
    /** A reply fits one message on every channel's template (the notification body holds 4,000 characters). */
    public static final int MAX_REPLY = 2000;
    /** Words searched one by one: the longest of the inquiry's, which tell most about it. */
    private static final int WORDS_SEARCHED = 6;
    private static final int SHORTEST_WORD = 3;
    private static final String DEFAULT_LANGUAGE = "ar";
    /** Words that say nothing of what the inquiry is about, in their normalised form. */
    private static final Set<String> STOP_WORDS = Stream.of(
            "من", "الى", "إلى", "على", "عن", "في", "هل", "ما", "ماذا", "متى", "كيف", "لماذا", "هذا", "هذه", "ذلك",
            "التي", "الذي", "الذين", "كان", "كانت", "يكون", "ان", "أن", "إن", "او", "أو", "ثم", "لقد", "قد", "مع",
            "عند", "كل", "بعد", "قبل", "اريد", "أريد", "ارجو", "أرجو", "لكم", "لدي", "لدى", "شكرا", "السلام",
            "عليكم", "the", "and", "for", "are", "how", "what", "when", "can", "you", "your", "with", "this", "that",
            "from", "have", "please", "want", "would", "about")
            .map(ArabicText::normalize).collect(Collectors.toUnmodifiableSet());

    private final KnowledgeLibrary library;
    private final Passages passages;
    private final KnowledgeUses uses;
    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final ServiceCatalog services;
    private final MessageSource messages;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InquiryAnswers(KnowledgeLibrary library, Passages passages, KnowledgeUses uses, Casework casework,
            BeneficiaryRegistry registry, ServiceCatalog services, MessageSource messages, Dates dates,
            ApplicationEventPublisher events, Clock clock) {
        this.library = library;
        this.passages = passages;
        this.uses = uses;
        this.casework = casework;
        this.registry = registry;
        this.services = services;
        this.messages = messages;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
    }

    /** The reply an item makes, ready to edit: its title, and its text in the beneficiary's language. */
    public record Draft(KnowledgeItem item, String title, String text) {
    }

    /**
     * The items that best match a request's subject and description, at most {@link #SUGGESTIONS}, one hit per
     * item. The library's search finds passages holding every word, which a whole inquiry seldom matches; so the
     * whole text is searched first, then each of its longest significant words (three letters or more, not a stop
     * word) alone. Hits of the whole text rank first, then items matching more of the words, then by score.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> suggestionsFor(Request request) {
        List<String> words = significantWords(join(request.getSubject(), request.getDescription()));
        if (words.isEmpty()) {
            return List.of();
        }
        Map<KnowledgeItem, Ranked> ranked = new LinkedHashMap<>();
        rank(ranked, String.join(" ", words), true);
        words.stream().sorted(Comparator.comparingInt(String::length).reversed()).limit(WORDS_SEARCHED)
                .forEach(word -> rank(ranked, word, false));
        return ranked.values().stream().sorted(Ranked.ORDER).limit(SUGGESTIONS).map(Ranked::hit).toList();
    }

    /** What the officer typed in the card's search box, one hit per item, at most {@link #SUGGESTIONS}. */
    @Transactional(readOnly = true)
    public List<SearchHit> search(String text) {
        Map<KnowledgeItem, Ranked> ranked = new LinkedHashMap<>();
        rank(ranked, text, true);
        return ranked.values().stream().limit(SUGGESTIONS).map(Ranked::hit).toList();
    }

    private record Ranked(SearchHit hit, boolean wholeText, int words, double score) {

        static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::wholeText).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::words).reversed())
                .thenComparing(Comparator.comparingDouble(Ranked::score).reversed());

        Ranked plus(SearchHit other) {
            return new Ranked(hit, wholeText, words + 1, score + other.score());
        }
    }

    private void rank(Map<KnowledgeItem, Ranked> ranked, String text, boolean wholeText) {
        Set<KnowledgeItem> seen = new LinkedHashSet<>();
        for (SearchHit hit : library.search(SearchQuery.staff(text), PageRequest.of(0, SUGGESTIONS * 2))) {
            KnowledgeItem item = KnowledgeItem.of(hit);
            if (seen.add(item)) {
                ranked.merge(item, new Ranked(hit, wholeText, 1, hit.score()), (known, next) -> known.plus(hit));
            }
        }
    }

    static List<String> significantWords(String text) {
        return ArabicText.tokens(text).stream()
                .filter(word -> word.length() >= SHORTEST_WORD && !STOP_WORDS.contains(word))
                .distinct().toList();
    }

    private static String join(String subject, String description) {
        return (subject == null ? "" : subject) + " " + (description == null ? "" : description);
    }

    /**
     * The reply an item makes for this request: an FAQ entry's or canned answer's answer in the beneficiary's
     * language with {beneficiaryName}, {serviceName} and {dueDate} filled, or a document's page as it is.
     */
    @Transactional(readOnly = true)
    public Draft draft(Request request, KnowledgeItem item) {
        String language = languageOf(request);
        if (item.kind() == ItemKind.DOCUMENT) {
            KnowledgeDocument document = library.document(item.id());
            String title = "en".equals(language) ? document.getTitleEn() : document.getTitleAr();
            List<String> text = item.page() == null ? passages.titleOf(item.id())
                    : passages.textOf(item.id(), item.page());
            return new Draft(item, title, shortened(text.isEmpty() ? title : text.get(0).strip()));
        }
        KnowledgeEntry entry = entryOf(item);
        return new Draft(item, entry.question(language),
                shortened(Placeholders.fill(entry.answer(language), placeholderValues(request, language))));
    }

    /**
     * Sends a reply drawn from a knowledge item to the beneficiary of an inquiry the caseworker may see: records
     * the item's use, puts the reply on the request's timeline and announces it for sending.
     */
    public KnowledgeUse answer(String requestRef, KnowledgeItem item, String replyText, Caseworker caseworker) {
        Request request = casework.find(requestRef, caseworker);
        String reply = checkedReply(request, replyText);
        exists(item);
        Instant now = clock.instant();
        KnowledgeUse use = uses.save(KnowledgeUse.of(request.getId(), request.getReferenceNumber(), item,
                caseworker.username(), now));
        casework.recordInteraction(requestRef,
                new NewInteraction(null, InteractionType.NOTE, Direction.OUTBOUND, reply, false), caseworker);
        events.publishEvent(new KnowledgeEvents.InquiryAnswered(use.getId(), request.getId(),
                request.getReferenceNumber(), request.getBeneficiaryId(), reply, now));
        return use;
    }

    /** The items that answered a request, the latest first. */
    @Transactional(readOnly = true)
    public List<KnowledgeUse> usesOf(Request request) {
        return uses.findByRequestIdOrderByUsedAtDesc(request.getId());
    }

    private static String checkedReply(Request request, String replyText) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.getKind() != RequestKind.INQUIRY) {
            problems.add(new FieldProblem("reply", "knowledge.answer.notInquiry"));
        }
        Texts.required(problems, "reply", replyText, MAX_REPLY);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return replyText.strip();
    }

    private void exists(KnowledgeItem item) {
        if (item.kind() == ItemKind.DOCUMENT) {
            library.document(item.id());
            if (item.page() != null && passages.textOf(item.id(), item.page()).isEmpty()) {
                throw new RecordNotFoundException("knowledge document page", item.written());
            }
        } else {
            entryOf(item);
        }
    }

    private KnowledgeEntry entryOf(KnowledgeItem item) {
        KnowledgeEntry entry = library.entry(item.id());
        if (ItemKind.of(entry.getKind()) != item.kind()) {
            throw new RecordNotFoundException("knowledge entry", item.written());
        }
        return entry;
    }

    private static String shortened(String text) {
        return text.length() > MAX_REPLY ? text.substring(0, MAX_REPLY) : text;
    }

    private String languageOf(Request request) {
        return beneficiaryOf(request).map(Beneficiary::getLanguage).filter(language -> language != null)
                .orElse(DEFAULT_LANGUAGE);
    }

    private Optional<Beneficiary> beneficiaryOf(Request request) {
        return request.getBeneficiaryId() == null ? Optional.empty()
                : registry.find(request.getBeneficiaryId());
    }

    private Map<String, String> placeholderValues(Request request, String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("beneficiaryName", beneficiaryOf(request).map(Beneficiary::getFullName)
                .orElseGet(() -> request.getSubmitterName() == null ? "" : request.getSubmitterName()));
        values.put("serviceName", serviceName(request, language, locale));
        values.put("dueDate", request.getDueAt() == null ? ""
                : dates.date(request.getDueAt().atZone(Dates.RIYADH).toLocalDate(), locale));
        return values;
    }

    private String serviceName(Request request, String language, Locale locale) {
        if (request.getServiceId() == null) {
            return messages.getMessage("requestKind." + request.getKind(), null, request.getKind().name(), locale);
        }
        ServiceOffering service = services.get(request.getServiceId());
        return "en".equals(language) && service.getNameEn() != null ? service.getNameEn() : service.getNameAr();
    }
}
