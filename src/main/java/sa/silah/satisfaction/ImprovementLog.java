package sa.silah.satisfaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/** You said, we did (قلتم فعملنا): managers record what changed because of feedback; the public site lists it. */
@Service
@Transactional
public class ImprovementLog {

    private final Improvements improvements;
    private final ServiceCatalog services;
    private final Clock clock;

    ImprovementLog(Improvements improvements, ServiceCatalog services, Clock clock) {
        this.improvements = improvements;
        this.services = services;
        this.clock = clock;
    }

    /** The improvements, the most recently made first. */
    @Transactional(readOnly = true)
    public Page<Improvement> list(Pageable pageable) {
        return improvements.findAllByOrderByMadeOnDescIdDesc(pageable);
    }

    /** The improvements made from one day to another, both included, the earliest first: a year's report lists them. */
    @Transactional(readOnly = true)
    public List<Improvement> madeBetween(LocalDate from, LocalDate to) {
        return improvements.findByMadeOnBetweenOrderByMadeOnAscIdAsc(from, to);
    }

    /** The names of the services some improvements name, in a language, by id: one query for a whole page. */
    @Transactional(readOnly = true)
    public Map<Long, String> serviceNames(Iterable<Improvement> shown, Locale locale) {
        Set<Long> ids = new HashSet<>();
        shown.forEach(improvement -> ids.add(improvement.getServiceId()));
        ids.remove(null);
        return services.byId(ids).values().stream()
                .collect(Collectors.toMap(ServiceOffering::getId, service -> service.name(locale)));
    }

    @Transactional(readOnly = true)
    public Improvement get(long id) {
        return improvements.findById(id).orElseThrow(() -> new RecordNotFoundException("improvement", id));
    }

    public Improvement create(ImprovementDetails details, String actor) {
        check(details);
        return improvements.save(new Improvement(details, actor, clock.instant()));
    }

    public Improvement change(long id, ImprovementDetails details) {
        Improvement improvement = get(id);
        check(details);
        improvement.change(details);
        return improvement;
    }

    public void remove(long id) {
        improvements.delete(get(id));
    }

    private void check(ImprovementDetails details) {
        List<FieldProblem> problems = new ArrayList<>(
                details.problems(clock.instant().atZone(Dates.RIYADH).toLocalDate()));
        Long serviceId = details.serviceId();
        if (serviceId != null && !services.byId(List.of(serviceId)).containsKey(serviceId)) {
            problems.add(new FieldProblem("serviceId", "improvement.service.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
