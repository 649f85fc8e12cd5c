package sa.silah.eligibility;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.assessment.Assessment;
import sa.silah.assessment.NeedAssessments;
import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.Segment;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.eligibility.Applicant.SegmentName;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Eligibility's public face: the rules of each service, the decision for a beneficiary and a service with its
 * reasons, the services a beneficiary may apply for, and the officers' overrides. The facts come from the registry
 * (segments, birth date, household, city), the valid assessment (need level, income per member) and, read-only like
 * the reports read it, the requests' table (when the service was last received), so that eligibility does not depend
 * on casework.
 */
@Service
@Transactional
public class Eligibility {

    /** The audit subject type of a service's eligibility rules. */
    public static final String SUBJECT = "SERVICE_ELIGIBILITY";
    /** The name of the override reason's field on the forms that carry it. */
    public static final String OVERRIDE_FIELD = "eligibilityOverrideReason";

    private final ServiceEligibilities rules;
    private final EligibilityOverrides overrides;
    private final ServiceCatalog services;
    private final BeneficiaryRegistry registry;
    private final SegmentCatalog segments;
    private final NeedAssessments assessments;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Eligibility(ServiceEligibilities rules, EligibilityOverrides overrides, ServiceCatalog services,
            BeneficiaryRegistry registry, SegmentCatalog segments, NeedAssessments assessments,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.overrides = overrides;
        this.services = services;
        this.registry = registry;
        this.segments = segments;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The rules the service states; {@link EligibilityCriteria#NONE} when it states none. */
    @Transactional(readOnly = true)
    public EligibilityCriteria criteriaOf(String serviceCode) {
        return criteriaOf(services.getByCode(serviceCode).getId());
    }

    private EligibilityCriteria criteriaOf(long serviceId) {
        return rules.findById(serviceId).map(ServiceEligibility::criteria).orElse(EligibilityCriteria.NONE);
    }

    /** Replaces the service's rules; bad criteria are refused with every field problem, and nothing stored changes. */
    public EligibilityCriteria change(String serviceCode, EligibilityCriteria criteria, String actor) {
        long serviceId = services.getByCode(serviceCode).getId();
        ServiceEligibility stored = rules.findById(serviceId).orElseGet(() -> new ServiceEligibility(serviceId));
        EligibilityCriteria before = stored.criteria();
        stored.change(criteria, actor, clock.instant());
        rules.save(stored);
        EligibilityCriteria after = stored.criteria();
        events.publishEvent(new RecordChanged(SUBJECT, Long.toString(serviceId), "ELIGIBILITY_CHANGED", actor,
                List.of(new FieldChange("criteria", before.hasRules() ? before.toString() : null, after.toString())),
                clock.instant()));
        return after;
    }

    /** Eligible or not, with the reasons; {@link RecordNotFoundException} for an unknown service or beneficiary. */
    @Transactional(readOnly = true)
    public EligibilityDecision check(UUID beneficiaryId, String serviceCode) {
        ServiceOffering service = services.getByCode(serviceCode);
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        return decide(beneficiary, service);
    }

    /**
     * The decision for a beneficiary against rules that are not a service's own, such as an activity's: the same facts
     * and the same reasons as for a service, without "not received within" (which only a service can state).
     *
     * @param segmentCodes the segments the rules are for (empty: everyone)
     */
    @Transactional(readOnly = true)
    public EligibilityDecision check(UUID beneficiaryId, EligibilityCriteria criteria, Collection<String> segmentCodes) {
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        return criteria.decide(wanted(segmentCodes, segmentNames()), facts(beneficiary, Map.of()).common(), today());
    }

    /**
     * The decision for one beneficiary against each of several rule sets that are not a service's own (the activities
     * listed to them), reading the beneficiary's facts once rather than once per rule set.
     *
     * @param criteria the rules of a subject
     * @param segmentCodes the segments a subject is for (empty: everyone)
     * @return the decision per subject, in the subjects' order
     */
    @Transactional(readOnly = true)
    public <T> Map<T, EligibilityDecision> checkEach(UUID beneficiaryId, Collection<T> subjects,
            Function<T, EligibilityCriteria> criteria, Function<T, Collection<String>> segmentCodes) {
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        Map<String, SegmentName> names = segmentNames();
        Applicant applicant = facts(beneficiary, Map.of()).common();
        LocalDate today = today();
        Map<T, EligibilityDecision> decisions = new LinkedHashMap<>();
        for (T subject : subjects) {
            decisions.put(subject, criteria.apply(subject).decide(wanted(segmentCodes.apply(subject), names), applicant,
                    today));
        }
        return decisions;
    }

    /** The decision, or empty when the service or the beneficiary is unknown, for a form that checks those itself. */
    @Transactional(readOnly = true)
    public Optional<EligibilityDecision> find(UUID beneficiaryId, String serviceCode) {
        if (beneficiaryId == null || serviceCode == null || serviceCode.isBlank()) {
            return Optional.empty();
        }
        Optional<ServiceOffering> service = services.findByCode(serviceCode);
        Optional<Beneficiary> beneficiary = registry.find(beneficiaryId);
        return service.isEmpty() || beneficiary.isEmpty() ? Optional.empty()
                : Optional.of(decide(beneficiary.get(), service.get()));
    }

    /** The active public services this beneficiary may apply for now, by Arabic name. */
    @Transactional(readOnly = true)
    public List<ServiceOffering> eligibleServices(UUID beneficiaryId) {
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        List<ServiceOffering> offered = services.publicServices();
        Map<Long, EligibilityCriteria> criteria = rules.findAllById(offered.stream().map(ServiceOffering::getId)
                .toList()).stream().collect(Collectors.toMap(ServiceEligibility::getServiceId,
                        ServiceEligibility::criteria));
        Facts facts = facts(beneficiary, lastReceivedOfEveryService(beneficiaryId));
        Map<String, SegmentName> segmentNames = segmentNames();
        LocalDate today = today();
        return offered.stream().filter(service -> criteria.getOrDefault(service.getId(), EligibilityCriteria.NONE)
                .decide(serviceSegments(service, segmentNames), facts.applicant(service.getId()), today).eligible())
                .toList();
    }

    /** What is wrong with an override's reason (none, or too long); the field is the intake form's. */
    public static List<FieldProblem> overrideReasonProblems(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldProblem(OVERRIDE_FIELD, "eligibility.override.required"));
        }
        if (reason.strip().length() > EligibilityOverride.MAX_REASON) {
            return List.of(new FieldProblem(OVERRIDE_FIELD, "eligibility.override.tooLong"));
        }
        return List.of();
    }

    /**
     * Records an officer's exception for a beneficiary found not eligible, with the rules not met as they stand now.
     * Empty when the beneficiary is eligible, since there is then nothing to override.
     */
    public Optional<EligibilityOverride> recordOverride(UUID beneficiaryId, String serviceCode, String officer,
            String reason, String requestReference) {
        List<FieldProblem> problems = overrideReasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        ServiceOffering service = services.getByCode(serviceCode);
        EligibilityDecision decision = check(beneficiaryId, serviceCode);
        if (decision.eligible()) {
            return Optional.empty();
        }
        return Optional.of(overrides.save(new EligibilityOverride(beneficiaryId, service.getId(), officer,
                reason.strip(), decision.failedRules(), clock.instant(), requestReference)));
    }

    /** Overrides counted per service and officer, the most first. */
    @Transactional(readOnly = true)
    public Page<OverrideCount> overrideCounts(Pageable pageable) {
        return overrides.countsByServiceAndOfficer(pageable);
    }

    /** The overrides themselves, newest first, of one service or officer when given. */
    @Transactional(readOnly = true)
    public Page<EligibilityOverride> overrides(Long serviceId, String officer, Pageable pageable) {
        return overrides.find(serviceId, officer == null || officer.isBlank() ? null : officer, pageable);
    }

    private EligibilityDecision decide(Beneficiary beneficiary, ServiceOffering service) {
        EligibilityCriteria criteria = criteriaOf(service.getId());
        Map<Long, LocalDate> lastReceived = criteria.needsLastReceived()
                ? lastReceived(beneficiary.getId(), service.getId()) : Map.of();
        return criteria.decide(serviceSegments(service, segmentNames()),
                facts(beneficiary, lastReceived).applicant(service.getId()), today());
    }

    /** What the rules look at, but for the day each service was last received, which differs per service. */
    private record Facts(Applicant common, Map<Long, LocalDate> lastReceived) {

        Applicant applicant(long serviceId) {
            return new Applicant(common.segments(), common.needLevel(), common.incomePerMember(), common.birthDate(),
                    common.householdSize(), common.city(), lastReceived.get(serviceId));
        }
    }

    private Facts facts(Beneficiary beneficiary, Map<Long, LocalDate> lastReceived) {
        Optional<Assessment> assessment = assessments.valid(beneficiary.getId());
        BigDecimal income = assessment.map(assessments::incomePerMember).orElse(null);
        List<SegmentName> theirs = beneficiary.getSegments().stream()
                .map(segment -> new SegmentName(segment.getCode(), segment.getNameAr(), segment.getNameEn())).toList();
        Applicant common = new Applicant(theirs, assessment.map(Assessment::getNeedLevel).orElse(null),
                income == null ? null : income.stripTrailingZeros(), beneficiary.getBirthDate(),
                beneficiary.isIndividual() ? beneficiary.householdSize() : null, beneficiary.getCity(), null);
        return new Facts(common, lastReceived);
    }

    private Map<String, SegmentName> segmentNames() {
        return segments.all().stream().collect(Collectors.toMap(Segment::getCode,
                segment -> new SegmentName(segment.getCode(), segment.getNameAr(), segment.getNameEn()),
                (first, second) -> first));
    }

    private static List<SegmentName> wanted(Collection<String> segmentCodes, Map<String, SegmentName> names) {
        return segmentCodes.stream().sorted()
                .map(code -> names.getOrDefault(code, new SegmentName(code, code, code))).toList();
    }

    private static List<SegmentName> serviceSegments(ServiceOffering service, Map<String, SegmentName> names) {
        return service.getEligibleSegments().stream()
                .map(code -> names.getOrDefault(code, new SegmentName(code, code, code))).toList();
    }

    /** When this beneficiary last had this service resolved, read from the requests' table. */
    private Map<Long, LocalDate> lastReceived(UUID beneficiaryId, long serviceId) {
        return lastReceived("select r.service_id, max(r.closed_at) as last_closed from request r"
                + " where r.beneficiary_id = :beneficiary and r.service_id = :service and r.status = 'RESOLVED'"
                + " group by r.service_id", new MapSqlParameterSource("beneficiary", beneficiaryId)
                        .addValue("service", serviceId));
    }

    private Map<Long, LocalDate> lastReceivedOfEveryService(UUID beneficiaryId) {
        return lastReceived("select r.service_id, max(r.closed_at) as last_closed from request r"
                + " where r.beneficiary_id = :beneficiary and r.service_id is not null and r.status = 'RESOLVED'"
                + " group by r.service_id", new MapSqlParameterSource("beneficiary", beneficiaryId));
    }

    private Map<Long, LocalDate> lastReceived(String sql, MapSqlParameterSource parameters) {
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.query(sql, parameters, row -> {
            Timestamp closed = row.getTimestamp("last_closed");
            if (closed != null) {
                last.put(row.getLong("service_id"), LocalDate.ofInstant(closed.toInstant(), Dates.RIYADH));
            }
        });
        return last;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.RIYADH));
    }
}
