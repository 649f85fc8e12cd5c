package sa.silah.portal;

import java.util.Set;

import sa.silah.beneficiary.ContactChannel;

/** How a signed-in beneficiary wants to be reached: email, preferred channel, message language and opt-outs. */
public record AccountContact(String email, ContactChannel preferredChannel, String language,
        Set<ContactChannel> optOuts) {

    public AccountContact {
        optOuts = optOuts == null ? Set.of() : Set.copyOf(optOuts);
    }
}
