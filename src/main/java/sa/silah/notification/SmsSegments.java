package sa.silah.notification;

/**
 * How many SMS parts a text costs. A text in the GSM-7 alphabet fits 160 characters in one message and 153
 * per part when split; one character outside it (any Arabic letter) makes the whole text UCS-2: 70 in one
 * message, 67 per part. Characters of the GSM extension table (such as {@code €} or {@code [}) count twice.
 *
 * @param characters the length as the gateway counts it
 * @param unicode whether the text needs UCS-2
 * @param segments the parts the gateway sends
 */
public record SmsSegments(int characters, boolean unicode, int segments) {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        String value = text == null ? "" : text;
        int gsmLength = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                gsmLength += 1;
            }
            else if (GSM_EXTENSION.indexOf(c) >= 0) {
                gsmLength += 2;
            }
            else {
                int units = value.length();
                return new SmsSegments(units, true, parts(units, 70, 67));
            }
        }
        return new SmsSegments(gsmLength, false, parts(gsmLength, 160, 153));
    }

    private static int parts(int length, int single, int perPart) {
        if (length == 0) {
            return 0;
        }
        return length <= single ? 1 : (length + perPart - 1) / perPart;
    }
}
