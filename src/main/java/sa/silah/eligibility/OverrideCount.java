package sa.silah.eligibility;

import java.time.Instant;

/** How many overrides an officer recorded for a service, and the latest. */
public record OverrideCount(long serviceId, String officer, long overrides, Instant latest) {
}
