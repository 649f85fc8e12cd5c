package sa.silah.beneficiary;

import java.util.Optional;

/**
 * The privacy notice in force, whose version a consent records. The privacy module provides it, so the registry
 * stays unaware of how notices are kept and published.
 */
public interface ConsentNotice {

    /** The version of the notice in force, or empty while none is published. */
    Optional<Integer> versionInForce();
}
