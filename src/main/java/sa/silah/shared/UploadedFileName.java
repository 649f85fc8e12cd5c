package sa.silah.shared;

import java.text.Normalizer;

/**
 * The name an uploader's device gave a file, made safe to keep and show as a label: without any folder part,
 * control or bidi override characters (which can make {@code fdp.exe} read as {@code exe.pdf}), and at most 255
 * characters, keeping the extension when it has to shorten.
 */
public final class UploadedFileName {

    public static final int MAX_LENGTH = 255;

    private UploadedFileName() {
    }

    /** The cleaned name, or {@code fallback} when nothing usable is left. */
    public static String clean(String original, String fallback) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isBidiControl(c)).forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return truncate(name.substring(0, name.length() - extension.length()), MAX_LENGTH - extension.length())
                .strip() + extension;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    private static String truncate(String text, int length) {
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
