package sa.silah.generator;

import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/** Identifiers drawn from the run's seeded random, so that the same seed gives the same rows. */
final class Ids {

    private Ids() {
    }

    /** A version 4 (random) UUID. */
    static UUID uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** 256 random bits in hex, like the survey links' tokens. */
    static String token(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
