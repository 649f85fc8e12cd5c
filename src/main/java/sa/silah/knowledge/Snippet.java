package sa.silah.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sa.silah.shared.ArabicText;

/**
 * A few words of a passage around its first match, the matched words marked. Words are compared by their
 * normalised form, without the article and the prepositions joined to it, so that the words the search matched
 * (through normalisation or the stemmer) are the ones marked. Parts are plain text: the page escapes them.
 */
public final class Snippet {

    /** A run of the snippet's text, marked or not. */
    public record Part(String text, boolean match) {
    }

    private static final int WORDS_AROUND = 14;
    private static final int SHORTEST_STEM = 3;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern ARTICLE = Pattern.compile("^(وال|بال|كال|فال|لل|ال)(?=\\p{L}{2,})");

    private Snippet() {
    }

    static List<Part> of(String text, List<String> queryTokens) {
        List<String> stems = queryTokens.stream().map(Snippet::stem).filter(stem -> stem.length() >= SHORTEST_STEM)
                .toList();
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new int[] { matcher.start(), matcher.end() });
        }
        int first = 0;
        for (int i = 0; i < words.size(); i++) {
            if (matches(text.substring(words.get(i)[0], words.get(i)[1]), stems)) {
                first = i;
                break;
            }
        }
        int from = Math.max(0, first - WORDS_AROUND / 2);
        int to = Math.min(words.size(), from + WORDS_AROUND);
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part("… ", false));
        }
        for (int i = from; i < to; i++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            parts.add(new Part(word, matches(word, stems)));
            if (i < to - 1) {
                parts.add(new Part(" ", false));
            }
        }
        if (to < words.size()) {
            parts.add(new Part(" …", false));
        }
        return merge(parts);
    }

    /**
     * A short text shown in full, such as a FAQ question and its answer on the public site, with the words of the
     * query marked as a snippet marks them. Spaces and line breaks are kept.
     */
    public static List<Part> marked(String text, String query) {
        List<String> stems = ArabicText.tokens(query).stream().map(Snippet::stem)
                .filter(stem -> stem.length() >= SHORTEST_STEM).toList();
        List<Part> parts = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() > end) {
                parts.add(new Part(text.substring(end, matcher.start()), false));
            }
            parts.add(new Part(matcher.group(), matches(matcher.group(), stems)));
            end = matcher.end();
        }
        if (end < text.length()) {
            parts.add(new Part(text.substring(end), false));
        }
        return merge(parts);
    }

    private static boolean matches(String word, List<String> stems) {
        String stem = stem(word);
        return stem.length() >= SHORTEST_STEM && stems.stream().anyMatch(q -> stem.startsWith(q) || q.startsWith(stem));
    }

    private static String stem(String word) {
        String normalized = ArabicText.normalize(word);
        return ARTICLE.matcher(normalized).replaceFirst("");
    }

    private static List<Part> merge(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part part : parts) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).match() == part.match() && !part.match()) {
                Part last = merged.remove(merged.size() - 1);
                merged.add(new Part(last.text() + part.text(), false));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }
}
