package sa.silah.portal.web;

import java.util.EnumSet;
import java.util.Set;

import sa.silah.beneficiary.ContactChannel;

/** How a beneficiary wants to be reached. */
public class PortalDetailsForm {

    private String email;
    private ContactChannel preferredChannel;
    private String language;
    private Set<ContactChannel> optOuts = EnumSet.noneOf(ContactChannel.class);

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(ContactChannel preferredChannel) {
        this.preferredChannel = preferredChannel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<ContactChannel> getOptOuts() {
        return optOuts;
    }

    public void setOptOuts(Set<ContactChannel> optOuts) {
        this.optOuts = optOuts == null ? EnumSet.noneOf(ContactChannel.class) : optOuts;
    }
}
