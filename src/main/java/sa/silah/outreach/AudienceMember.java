package sa.silah.outreach;

import java.util.UUID;

import sa.silah.beneficiary.ContactChannel;

/** One of an audience's first reachable people, to check the filter by eye: the name masked, the channel chosen. */
public record AudienceMember(UUID beneficiaryId, String maskedName, String city, ContactChannel channel) {

    /** The first name and the initial of the last: enough to recognise, not to read out the registry. */
    static String mask(String fullName) {
        String[] parts = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return "…";
        }
        return parts.length == 1 ? parts[0] : parts[0] + " " + parts[parts.length - 1].codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    }
}
