package sa.silah.test;

import java.util.concurrent.ThreadLocalRandom;

import sa.silah.beneficiary.NationalId;

/** Values that no other test uses, so that tests sharing one database never collide. */
public final class TestData {

    private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private TestData() {
    }

    /** A valid national ID (first digit 1) or Iqama (first digit 2) not handed out before in this run. */
    public static String nationalId(char firstDigit) {
        String nine = firstDigit + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return nine + NationalId.checkDigitFor(nine);
    }

    /** A Saudi mobile in the 055 range, in the 05XXXXXXXX form. */
    public static String mobile() {
        return "055" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** An Arabic word that no real name contains, for names that must be found only by the test that made them. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder();
        long value = System.nanoTime() ^ ThreadLocalRandom.current().nextLong();
        for (int i = 0; i < 7; i++) {
            word.append(LETTERS.charAt((int) Math.floorMod(value, (long) LETTERS.length())));
            value /= LETTERS.length();
        }
        return word.toString();
    }
}
