package sa.silah.satisfaction;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.Segment;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.staff.StaffManagement;

/**
 * The names of the groups of a breakdown in the reader's language, looked up together: one query for the
 * services shown, one for the departments, the segments or the staff members, none for channels and kinds
 * (message keys).
 */
@Component
public class GroupNames {

    private final ServiceCatalog services;
    private final DepartmentManagement departments;
    private final SegmentCatalog segments;
    private final StaffManagement staff;
    private final MessageSource messages;

    GroupNames(ServiceCatalog services, DepartmentManagement departments, SegmentCatalog segments,
            StaffManagement staff, MessageSource messages) {
        this.staff = staff;
        this.services = services;
        this.departments = departments;
        this.segments = segments;
        this.messages = messages;
    }

    /** The name of each group, by its key; a group without a key is "not recorded". */
    public Map<String, String> of(Grouping grouping, Collection<Figures> groups, Locale locale) {
        List<String> keys = groups.stream().map(Figures::key).filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>(switch (grouping) {
            case SERVICE -> services.byId(keys.stream().map(Long::valueOf).toList()).values().stream()
                    .collect(Collectors.toMap(service -> service.getId().toString(), service -> service.name(locale)));
            case DEPARTMENT -> byId(departments.all(), Department::getId, department -> department.name(locale));
            case SEGMENT -> byId(segments.all(), Segment::getId, segment -> segment.name(locale));
            case CHANNEL -> keys.stream().collect(Collectors.toMap(key -> key, key -> message("channel." + key, key, locale)));
            case KIND -> keys.stream().collect(Collectors.toMap(key -> key, key -> message("requestKind." + key, key, locale)));
            case STAFF -> staff.displayNames(keys);
        });
        names.put(null, message("satisfaction.results.group.none", "-", locale));
        keys.forEach(key -> names.putIfAbsent(key, key));
        return names;
    }

    /** The name of a department, or of none. */
    public String department(Long id, Locale locale) {
        return id == null ? message("satisfaction.results.group.none", "-", locale)
                : departments.all().stream().filter(department -> department.getId().equals(id)).findFirst()
                        .map(department -> department.name(locale)).orElse(id.toString());
    }

    private static <T> Map<String, String> byId(List<T> records, Function<T, Long> id, Function<T, String> name) {
        return records.stream().collect(Collectors.toMap(record -> id.apply(record).toString(), name));
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** The services by id, for naming comments and filters. */
    public Map<Long, ServiceOffering> services(Collection<Long> ids) {
        return services.byId(ids);
    }
}
