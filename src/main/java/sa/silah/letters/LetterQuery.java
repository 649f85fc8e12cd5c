package sa.silah.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import sa.silah.shared.ArabicText;

/**
 * The register's filters, each optional: direction, Hijri year of the number, beneficiary, and a text found
 * anywhere in the number, subject or correspondent, compared as Arabic search keys ({@link ArabicText}), so
 * {@code الإفادة} finds {@code الافاده} and {@code 1448-0012} finds {@code OUT-1448-0012}.
 */
public record LetterQuery(LetterDirection direction, Integer hijriYear, String text, UUID beneficiaryId) {

    public static LetterQuery ofBeneficiary(UUID beneficiaryId) {
        return new LetterQuery(null, null, null, beneficiaryId);
    }

    /** The search key of the text filter, empty when there is none. */
    public String searchKey() {
        return ArabicText.normalize(text);
    }

    Specification<Letter> toSpecification() {
        return (root, query, builder) -> {
            List<Predicate> where = new ArrayList<>();
            if (direction != null) {
                where.add(builder.equal(root.get("direction"), direction));
            }
            if (hijriYear != null) {
                where.add(builder.equal(root.get("hijriYear"), hijriYear));
            }
            if (beneficiaryId != null) {
                where.add(builder.equal(root.get("beneficiaryId"), beneficiaryId));
            }
            String key = searchKey();
            if (!key.isEmpty()) {
                // A search key holds only letters, digits and spaces, so it never carries a LIKE wildcard.
                where.add(builder.like(root.get("searchText"), "%" + key + "%"));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
    }

}
