package sa.silah.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.governance.BoardRole;
import sa.silah.governance.Decision;
import sa.silah.governance.Governance;
import sa.silah.governance.Policy;
import sa.silah.governance.PolicyStatus;
import sa.silah.governance.PolicyVersion;
import sa.silah.shared.Dates;
import sa.silah.shared.RecordNotFoundException;

/**
 * The association's policies on the public site, as the board published them: the versions in force with their
 * text and the board's signature table, and the versions they replaced as history. Drafts and versions still with
 * the board never appear. No login.
 */
@Controller
class PublicPolicyPages {

    private final Governance governance;

    PublicPolicyPages(Governance governance) {
        this.governance = governance;
    }

    /** A policy in force: its title, the number of its published version and when it was published. */
    record Listed(String code, String title, int number, LocalDate publishedOn) {
    }

    /** A line of the signature table; the decision and its day are empty while the member has not decided. */
    record SignatureLine(String name, BoardRole role, Decision decision, LocalDate decidedOn) {
    }

    @GetMapping("/policies")
    String list(Model model, Locale locale) {
        Map<Long, Policy> policies = governance.policies().stream()
                .collect(Collectors.toMap(Policy::getId, Function.identity()));
        model.addAttribute("policies", governance.published().stream()
                .map(version -> {
                    Policy policy = policies.get(version.getPolicyId());
                    return new Listed(policy.getCode(), policy.title(locale), version.getNumber(),
                            day(version));
                }).toList());
        return "portal/policies";
    }

    /** The version in force, or with {@code version} an earlier published one. */
    @GetMapping("/policies/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) Integer version, Model model,
            Locale locale) {
        Policy policy = governance.policy(code);
        List<PolicyVersion> published = governance.history(code).stream().filter(PublicPolicyPages::wasPublished)
                .toList();
        PolicyVersion shown = published.stream()
                .filter(each -> version == null ? each.getStatus() == PolicyStatus.PUBLISHED : each.getNumber() == version)
                .findFirst().orElseThrow(() -> new RecordNotFoundException("published policy version", code));
        model.addAttribute("policy", policy);
        model.addAttribute("policyTitle", policy.title(locale));
        model.addAttribute("shown", shown);
        model.addAttribute("publishedOn", day(shown));
        model.addAttribute("text", shown.text(locale));
        model.addAttribute("signatures", governance.signatures(shown.getId()).stream()
                .map(signature -> new SignatureLine(signature.member().name(locale), signature.member().getRole(),
                        signature.decision() == null ? null : signature.decision().getDecision(),
                        signature.decision() == null ? null
                                : signature.decision().getDecidedAt().atZone(Dates.RIYADH).toLocalDate()))
                .toList());
        model.addAttribute("others", published.stream().filter(each -> !each.getId().equals(shown.getId()))
                .map(each -> new Listed(policy.getCode(), policy.title(locale), each.getNumber(), day(each)))
                .toList());
        return "portal/policy";
    }

    /** Only versions that were once in force are public: published now, or superseded after being published. */
    private static boolean wasPublished(PolicyVersion version) {
        return version.getPublishedAt() != null
                && (version.getStatus() == PolicyStatus.PUBLISHED || version.getStatus() == PolicyStatus.SUPERSEDED);
    }

    private static LocalDate day(PolicyVersion version) {
        return version.getPublishedAt().atZone(Dates.RIYADH).toLocalDate();
    }
}
