package sa.silah.eligibility;

import java.util.List;

/**
 * A part of a reason that is itself words in the reader's language: a message with its own arguments, or names
 * kept as data in both languages (segments), joined as a list.
 */
public sealed interface Wording {

    static Wording key(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    record Message(String key, List<Object> arguments) implements Wording {
    }

    record Names(List<String> arabic, List<String> english) implements Wording {

        public Names {
            arabic = List.copyOf(arabic);
            english = List.copyOf(english);
        }
    }
}
