package sa.silah.beneficiary;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.shared.PersonalIdentifiers;

/** A person who speaks for an organisation beneficiary: its nazir, manager or delegate. */
@Entity
@Table(name = "representative")
public class Representative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;

    private String title;

    private String mobile;

    private String email;

    protected Representative() {
    }

    Representative(String fullName, String title, SaudiMobile mobile, String email) {
        this.fullName = fullName;
        this.title = title;
        this.mobile = mobile == null ? null : mobile.e164();
        this.email = email;
    }

    void anonymise() {
        fullName = PersonalIdentifiers.ERASED;
        title = null;
        mobile = null;
        email = null;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getTitle() {
        return title;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    String describe() {
        return title == null ? fullName : fullName + " (" + title + ")";
    }
}
