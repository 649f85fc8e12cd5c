package sa.silah.catalog;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A department of the association, named in Arabic and English. The code is fixed once created because
 * other systems and the services refer to it. Its managers are not stored here: they are the staff
 * accounts with the MANAGER role whose department it is.
 */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameAr;

    private String nameEn;

    private Instant createdAt;

    protected Department() {
    }

    public Department(String code, String nameAr, String nameEn) {
        this.code = code;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.createdAt = Instant.now();
    }

    void rename(String nameAr, String nameEn) {
        this.nameAr = nameAr;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }
}
