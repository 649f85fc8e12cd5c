package sa.silah.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.governance.PolicyEvents.PolicyPublished;
import sa.silah.governance.PolicyEvents.PolicySubmitted;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.staff.StaffManagement;

/**
 * The policies' life: a draft is written, goes to the board, is approved when the quorum of sitting members has
 * approved it, is published (superseding the version before) with its next review date, and is acknowledged by
 * every staff member. Board decisions are recorded once and never changed.
 */
@Service
@Transactional
public class Governance {

    private static final Set<PolicyStatus> OPEN = EnumSet.of(PolicyStatus.DRAFT, PolicyStatus.IN_REVIEW,
            PolicyStatus.APPROVED);

    private final Policies policies;
    private final PolicyVersions versions;
    private final PolicyDecisions decisions;
    private final PolicyAcknowledgements acknowledgements;
    private final Board board;
    private final StaffManagement staff;
    private final GovernanceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Governance(Policies policies, PolicyVersions versions, PolicyDecisions decisions,
            PolicyAcknowledgements acknowledgements, Board board, StaffManagement staff, GovernanceProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.decisions = decisions;
        this.acknowledgements = acknowledgements;
        this.board = board;
        this.staff = staff;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A board member's line of the signature table: their decision on the version, or none yet. */
    public record Signature(BoardMember member, PolicyDecision decision) {
    }

    /** Who of the staff acknowledged a published version, and who has not yet. */
    public record Compliance(List<PolicyAcknowledgement> acknowledged, List<String> pending) {
    }

    /**
     * A new policy with its first version as a draft.
     *
     * @param reviewIntervalMonths null for the configured default
     * @throws InvalidFieldsException naming each field with a problem
     * @throws DuplicateRecordException when the code is taken
     */
    public PolicyVersion create(String code, String titleAr, String titleEn, String owner, Integer reviewIntervalMonths,
            PolicyText text, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Z0-9_]{2,40}")) {
            problems.add(new FieldProblem("code", "policy.code.invalid"));
        }
        if (titleAr == null || titleAr.isBlank() || titleAr.strip().length() > 300) {
            problems.add(new FieldProblem("titleAr", "policy.title.required"));
        }
        if (owner == null || !staff.exists(owner)) {
            problems.add(new FieldProblem("owner", "policy.owner.unknown"));
        }
        int interval = reviewIntervalMonths == null ? properties.reviewIntervalMonths() : reviewIntervalMonths;
        if (interval < 1 || interval > 60) {
            problems.add(new FieldProblem("reviewIntervalMonths", "policy.reviewInterval.invalid"));
        }
        try {
            text.check();
        } catch (InvalidFieldsException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        policies.findByCode(code.strip()).ifPresent(existing -> {
            throw new DuplicateRecordException("code", "policy.code.taken", existing.getId().toString(), "policies");
        });
        Policy policy = policies.save(new Policy(code.strip(), titleAr.strip(),
                titleEn == null || titleEn.isBlank() ? null : titleEn.strip(), owner, interval, clock.instant()));
        return versions.save(new PolicyVersion(policy, 1, text, actor, clock.instant()));
    }

    /**
     * The next version of a policy as a draft, starting from the text given.
     *
     * @throws PolicyTransitionException when the policy has a draft already
     */
    public PolicyVersion draftNext(String code, PolicyText text, String actor) {
        Policy policy = policy(code);
        List<PolicyVersion> all = versions.findByPolicyIdOrderByNumberDesc(policy.getId());
        if (all.stream().anyMatch(version -> version.getStatus() == PolicyStatus.DRAFT)) {
            throw new PolicyTransitionException(PolicyStatus.DRAFT, PolicyStatus.DRAFT);
        }
        int next = all.isEmpty() ? 1 : all.get(0).getNumber() + 1;
        return versions.save(new PolicyVersion(policy, next, text.check(), actor, clock.instant()));
    }

    /** @throws PolicyTransitionException unless the version is a draft */
    public PolicyVersion write(long versionId, PolicyText text) {
        PolicyVersion version = version(versionId);
        version.write(text.check());
        return version;
    }

    /** Sends a draft to the board. */
    public PolicyVersion submit(long versionId) {
        PolicyVersion version = version(versionId);
        version.submit(clock.instant());
        events.publishEvent(new PolicySubmitted(version.getPolicyId(), version.getId(),
                policies.getReferenceById(version.getPolicyId()).getTitleAr(), clock.instant()));
        return version;
    }

    /**
     * Records the decision of the board member signed in as {@code username}, once; approves the version when the
     * quorum is reached.
     *
     * @throws AccessDeniedException when the account is not a sitting board member's
     * @throws PolicyTransitionException unless the version is with the board
     * @throws DecisionAlreadyRecordedException when this member decided already
     */
    public PolicyDecision decide(long versionId, String username, Decision decision, String comment) {
        PolicyVersion version = version(versionId);
        List<BoardMember> sitting = board.sitting();
        BoardMember member = board.ofAccount(username)
                .filter(account -> sitting.stream().anyMatch(each -> each.getId().equals(account.getId())))
                .orElseThrow(() -> new AccessDeniedException("only a sitting board member decides on a policy"));
        if (version.getStatus() != PolicyStatus.IN_REVIEW) {
            throw new PolicyTransitionException(version.getStatus(), PolicyStatus.APPROVED);
        }
        if (decisions.existsByPolicyVersionIdAndBoardMemberId(versionId, member.getId())) {
            throw new DecisionAlreadyRecordedException();
        }
        if (comment != null && comment.strip().length() > 2000) {
            throw new InvalidFieldsException(List.of(new FieldProblem("comment", "policy.decision.commentTooLong")));
        }
        PolicyDecision recorded = decisions.saveAndFlush(new PolicyDecision(version, member, decision, comment,
                username, clock.instant()));
        List<Long> approvedBy = decisions.findByPolicyVersionIdOrderByDecidedAt(versionId).stream()
                .filter(each -> each.getDecision() == Decision.APPROVE).map(PolicyDecision::getBoardMemberId).toList();
        if (properties.quorum().reached(sitting, approvedBy)) {
            version.approve(clock.instant());
        }
        return recorded;
    }

    /** Publishes an approved version; the version published before, and any older one still open, are superseded. */
    public PolicyVersion publish(long versionId) {
        PolicyVersion version = version(versionId);
        Policy policy = policies.getReferenceById(version.getPolicyId());
        Instant now = clock.instant();
        version.publish(now, policy.getReviewIntervalMonths());
        versions.findByPolicyIdAndStatusIn(policy.getId(), EnumSet.of(PolicyStatus.PUBLISHED, PolicyStatus.IN_REVIEW,
                PolicyStatus.APPROVED)).stream()
                .filter(other -> !other.getId().equals(version.getId()) && other.getNumber() < version.getNumber())
                .forEach(other -> other.supersede(now));
        events.publishEvent(new PolicyPublished(policy.getId(), version.getId(), policy.getTitleAr(), now));
        return version;
    }

    /** Records that the staff member read the published version; saying it twice records it once. */
    public void acknowledge(long versionId, String username) {
        PolicyVersion version = version(versionId);
        if (version.getStatus() != PolicyStatus.PUBLISHED) {
            throw new PolicyTransitionException(version.getStatus(), PolicyStatus.PUBLISHED);
        }
        if (!acknowledgements.existsById(new PolicyAcknowledgement.Key(versionId, username))) {
            acknowledgements.save(new PolicyAcknowledgement(version, username, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public Compliance compliance(long versionId) {
        List<PolicyAcknowledgement> acknowledged = acknowledgements.findByKeyPolicyVersionId(versionId);
        Set<String> done = acknowledged.stream().map(PolicyAcknowledgement::getStaffUsername).collect(Collectors.toSet());
        List<String> pending = staff.enabledUsernames().stream().filter(username -> !done.contains(username)).toList();
        return new Compliance(acknowledged, pending);
    }

    /** The signature table: every sitting board member, the chair first, with their decision if recorded. */
    @Transactional(readOnly = true)
    public List<Signature> signatures(long versionId) {
        Map<Long, PolicyDecision> byMember = decisions.findByPolicyVersionIdOrderByDecidedAt(versionId).stream()
                .collect(Collectors.toMap(PolicyDecision::getBoardMemberId, Function.identity()));
        List<BoardMember> members = new ArrayList<>(board.sitting());
        Set<Long> listed = members.stream().map(BoardMember::getId).collect(Collectors.toSet());
        board.all().stream().filter(member -> byMember.containsKey(member.getId()) && !listed.contains(member.getId()))
                .forEach(members::add);
        return members.stream().map(member -> new Signature(member, byMember.get(member.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public Policy policy(String code) {
        return policies.findByCode(code).orElseThrow(() -> new RecordNotFoundException("policy", code));
    }

    @Transactional(readOnly = true)
    public Policy policy(long policyId) {
        return policies.findById(policyId).orElseThrow(() -> new RecordNotFoundException("policy", policyId));
    }

    @Transactional(readOnly = true)
    public List<Policy> policies() {
        return policies.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public PolicyVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new RecordNotFoundException("policy version", versionId));
    }

    /** Every version of a policy, the newest first. */
    @Transactional(readOnly = true)
    public List<PolicyVersion> history(String code) {
        return versions.findByPolicyIdOrderByNumberDesc(policy(code).getId());
    }

    /** Every policy's versions, the newest first, by policy id: read at once for a list of the policies. */
    @Transactional(readOnly = true)
    public Map<Long, List<PolicyVersion>> versionsByPolicy() {
        return versions.findAllByOrderByPolicyIdAscNumberDesc().stream()
                .collect(Collectors.groupingBy(PolicyVersion::getPolicyId));
    }

    /** The version of a policy in force, if one was published. */
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> published(String code) {
        return history(code).stream().filter(version -> version.getStatus() == PolicyStatus.PUBLISHED).findFirst();
    }

    /** The versions in force, the latest published first. */
    @Transactional(readOnly = true)
    public List<PolicyVersion> published() {
        return versions.findByStatusOrderByPublishedAtDesc(PolicyStatus.PUBLISHED);
    }

    /** Whether a policy still has a version being written or decided. */
    @Transactional(readOnly = true)
    public boolean hasOpenVersion(String code) {
        return !versions.findByPolicyIdAndStatusIn(policy(code).getId(), OPEN).isEmpty();
    }
}
