package sa.silah.beneficiary;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A segment (شريحة) of beneficiaries, such as orphans or waqf administrators. Administrators manage the
 * list; the code is fixed once created because other systems refer to it.
 */
@Entity
@Table(name = "segment")
public class Segment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameAr;

    private String nameEn;

    private boolean active;

    private int sortOrder;

    protected Segment() {
    }

    Segment(String code, String nameAr, String nameEn, int sortOrder) {
        this.code = code;
        this.active = true;
        rename(nameAr, nameEn, sortOrder, true);
    }

    void rename(String nameAr, String nameEn, int sortOrder, boolean active) {
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = active;
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

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }
}
