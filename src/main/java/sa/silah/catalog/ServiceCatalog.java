package sa.silah.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Segment;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The services the association delivers: read by every module that opens or routes a request, maintained
 * by administrators. Creating and changing refuse bad input with every field problem at once
 * ({@link InvalidFieldsException}) and a taken code with a {@link DuplicateRecordException} naming the
 * existing service by its code. Services are deactivated, never deleted.
 *
 * <p>What this returns is fully loaded (department, documents, segments), ready to show after the
 * transaction.
 */
@Service
@Transactional
public class ServiceCatalog {

    /** The API collection; services are addressed by code there. */
    public static final String COLLECTION = "services";

    /** Grouped by department, then by name. */
    static final Sort DEFAULT_ORDER = Sort.by("department.nameAr", "nameAr", "code");

    private final ServiceOfferings services;
    private final Departments departments;
    private final SegmentCatalog segments;

    ServiceCatalog(ServiceOfferings services, Departments departments, SegmentCatalog segments) {
        this.services = services;
        this.departments = departments;
        this.segments = segments;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceOffering> findByCode(String code) {
        return services.findByCode(Codes.normalize(code)).map(ServiceOffering::loadDetails);
    }

    /** The service with this code, or {@link RecordNotFoundException}. */
    @Transactional(readOnly = true)
    public ServiceOffering getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new RecordNotFoundException("service", code));
    }

    @Transactional(readOnly = true)
    public ServiceOffering get(long id) {
        return load(id).loadDetails();
    }

    /** Several services at once, by id, for lists that show each row's service (one query, not one per row). */
    @Transactional(readOnly = true)
    public Map<Long, ServiceOffering> byId(Collection<Long> ids) {
        return services.findAllById(ids).stream()
                .collect(Collectors.toMap(ServiceOffering::getId, ServiceOffering::loadDetails));
    }

    /** The services requests can be opened for, by Arabic name. */
    @Transactional(readOnly = true)
    public List<ServiceOffering> active() {
        return loaded(services.findByActiveTrueOrderByNameArAsc());
    }

    /** The active services shown on the public site, by Arabic name. */
    @Transactional(readOnly = true)
    public List<ServiceOffering> publicServices() {
        return loaded(services.findByActiveTrueAndPublicServiceTrueOrderByNameArAsc());
    }

    /** Every service of a department, active or not, by Arabic name. */
    @Transactional(readOnly = true)
    public List<ServiceOffering> ofDepartment(long departmentId) {
        return loaded(services.findByDepartmentIdOrderByNameArAsc(departmentId));
    }

    /** Every service, active or not; unsorted pages come grouped by department, then by name. */
    @Transactional(readOnly = true)
    public Page<ServiceOffering> list(Pageable pageable) {
        return list(ServiceFilter.ALL, pageable);
    }

    @Transactional(readOnly = true)
    public Page<ServiceOffering> list(ServiceFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), DEFAULT_ORDER);
        Page<ServiceOffering> page = services.findAll(matching(filter), ordered);
        page.forEach(ServiceOffering::loadDetails);
        return page;
    }

    @Transactional(readOnly = true)
    public long count() {
        return services.count();
    }

    /** The details as they stand, for an edit form or a replacement. */
    @Transactional(readOnly = true)
    public ServiceDetails detailsOf(long id) {
        return load(id).toDetails();
    }

    public ServiceOffering create(ServiceDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceDetails.Checked checked = details.check(problems);
        Department department = resolve(checked, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        services.findByCode(checked.code()).ifPresent(existing -> {
            throw duplicate(checked.code());
        });
        try {
            return services.saveAndFlush(new ServiceOffering(checked, department, CurrentActor.name())).loadDetails();
        }
        catch (DataIntegrityViolationException raced) {
            throw duplicate(checked.code());
        }
    }

    /** Replaces everything but the code; a code in the details must be the service's own. */
    public ServiceOffering update(long id, ServiceDetails details) {
        return update(load(id), details);
    }

    public ServiceOffering update(String code, ServiceDetails details) {
        return update(services.findByCode(Codes.normalize(code))
                .orElseThrow(() -> new RecordNotFoundException("service", code)), details);
    }

    /** Takes the service out of use: no new requests, while the requests made for it keep it. */
    public ServiceOffering deactivate(String code) {
        ServiceOffering service = services.findByCode(Codes.normalize(code))
                .orElseThrow(() -> new RecordNotFoundException("service", code));
        service.deactivate(CurrentActor.name());
        return service.loadDetails();
    }

    private ServiceOffering update(ServiceOffering service, ServiceDetails details) {
        boolean codeGiven = details.code() != null && !details.code().isBlank();
        List<FieldProblem> problems = new ArrayList<>();
        ServiceDetails.Checked checked = details.check(problems);
        problems.removeIf(problem -> problem.field().equals("code"));
        if (codeGiven && !checked.code().equals(service.getCode())) {
            problems.add(0, new FieldProblem("code", "service.code.fixed"));
        }
        Department department = resolve(checked, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        service.change(checked, department, CurrentActor.name());
        services.flush();
        return service.loadDetails();
    }

    /** The department and segments named by code: the rules that need the database. */
    private Department resolve(ServiceDetails.Checked checked, List<FieldProblem> problems) {
        Department department = null;
        if (!checked.departmentCode().isEmpty()) {
            department = departments.findByCode(checked.departmentCode()).orElse(null);
            if (department == null) {
                problems.add(new FieldProblem("department", "service.department.unknown"));
            }
        }
        if (!checked.segmentCodes().isEmpty()) {
            Set<String> known = segments.all().stream().map(Segment::getCode).collect(Collectors.toSet());
            if (!known.containsAll(checked.segmentCodes())) {
                problems.add(new FieldProblem("eligibleSegments", "service.eligibleSegments.unknown"));
            }
        }
        return department;
    }

    private static Specification<ServiceOffering> matching(ServiceFilter filter) {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.active() != null) {
                predicates.add(builder.equal(root.get("active"), filter.active()));
            }
            if (filter.publicService() != null) {
                predicates.add(builder.equal(root.get("publicService"), filter.publicService()));
            }
            if (filter.department() != null && !filter.department().isBlank()) {
                predicates.add(builder.equal(root.get("department").get("code"), Codes.normalize(filter.department())));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static DuplicateRecordException duplicate(String code) {
        return new DuplicateRecordException("code", "service.code.taken", code, COLLECTION);
    }

    private ServiceOffering load(long id) {
        return services.findById(id).orElseThrow(() -> new RecordNotFoundException("service", id));
    }

    private static List<ServiceOffering> loaded(List<ServiceOffering> found) {
        found.forEach(ServiceOffering::loadDetails);
        return found;
    }
}
