package sa.silah.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.ContactChannel;

/**
 * Where a beneficiary's message goes: their preferred channel, or else the other contact they gave (the
 * mobile by SMS, then email), never a channel they opted out of. WhatsApp is used only when preferred, since
 * a mobile number alone does not say that the person uses WhatsApp.
 */
record ContactChoice(NotificationChannel channel, String address) {

    static Optional<ContactChoice> of(Beneficiary beneficiary) {
        List<ContactChannel> order = new ArrayList<>();
        if (beneficiary.getPreferredChannel() != null) {
            order.add(beneficiary.getPreferredChannel());
        }
        order.add(ContactChannel.SMS);
        order.add(ContactChannel.EMAIL);
        return order.stream()
                .filter(channel -> !beneficiary.getOptOuts().contains(channel))
                .map(channel -> new ContactChoice(NotificationChannel.of(channel), addressOn(beneficiary, channel)))
                .filter(choice -> choice.address() != null)
                .findFirst();
    }

    /**
     * Where a request sent from the public site without a beneficiary record is answered: the mobile it was sent
     * with by SMS, else the email given with it.
     */
    static Optional<ContactChoice> ofSubmitter(String mobile, String email) {
        if (mobile != null) {
            return Optional.of(new ContactChoice(NotificationChannel.SMS, mobile));
        }
        return Optional.ofNullable(email).map(address -> new ContactChoice(NotificationChannel.EMAIL, address));
    }

    private static String addressOn(Beneficiary beneficiary, ContactChannel channel) {
        return channel == ContactChannel.EMAIL ? beneficiary.getEmail() : beneficiary.getMobile();
    }
}
