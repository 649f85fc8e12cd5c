package sa.silah.privacy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a set of data categories as one comma-separated column: the set is only ever read and written whole with
 * its record, never searched, so a table of its own would buy nothing.
 */
@Converter
class DataCategories implements AttributeConverter<Set<DataCategory>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DataCategory> categories) {
        return text(categories);
    }

    @Override
    public Set<DataCategory> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(DataCategory.class);
        }
        return Arrays.stream(column.split(",")).map(DataCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
    }

    /** The categories in their declared order, as the column and the audit trail hold them. */
    static String text(Set<DataCategory> categories) {
        return categories.stream().sorted().map(DataCategory::name).collect(Collectors.joining(","));
    }

    static Set<DataCategory> copy(Set<DataCategory> categories) {
        return categories == null || categories.isEmpty() ? EnumSet.noneOf(DataCategory.class)
                : EnumSet.copyOf(categories);
    }
}
