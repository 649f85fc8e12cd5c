package sa.silah.governance.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.governance.Board;
import sa.silah.governance.BoardMember;
import sa.silah.governance.Decision;
import sa.silah.governance.DecisionAlreadyRecordedException;
import sa.silah.governance.Governance;
import sa.silah.governance.Governance.Compliance;
import sa.silah.governance.Governance.Signature;
import sa.silah.governance.Policy;
import sa.silah.governance.PolicyAcknowledgement;
import sa.silah.governance.PolicyStatus;
import sa.silah.governance.PolicyText;
import sa.silah.governance.PolicyTransitionException;
import sa.silah.governance.PolicyVersion;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.staff.StaffManagement;

/**
 * The staff's pages of the policies: the list, a new policy, a version with its signature table and the actions its
 * status allows, the changes between two versions, and who has acknowledged a published version.
 */
@Controller
@RequestMapping("/governance/policies")
class PolicyController {

    /** Who writes and publishes policies, besides a policy's owner who writes and submits its drafts. */
    private static final Set<String> EDITORS = Set.of("ROLE_ADMIN", "ROLE_MANAGER");

    private final Governance governance;
    private final Board board;
    private final StaffManagement staff;
    private final MessageSource messages;

    PolicyController(Governance governance, Board board, StaffManagement staff, MessageSource messages) {
        this.governance = governance;
        this.board = board;
        this.staff = staff;
        this.messages = messages;
    }

    /** A policy in the list: its latest version's status and the review date of the version in force. */
    record Row(Policy policy, PolicyVersion latest, PolicyVersion published) {
    }

    @GetMapping
    String list(Model model) {
        Map<Long, List<PolicyVersion>> versions = governance.versionsByPolicy();
        model.addAttribute("rows", governance.policies().stream().map(policy -> {
            List<PolicyVersion> history = versions.getOrDefault(policy.getId(), List.of());
            return new Row(policy, history.isEmpty() ? null : history.get(0), inForce(history).orElse(null));
        }).toList());
        return "governance/policies";
    }

    @GetMapping("/new")
    String newPolicy(Model model) {
        return showNew(new PolicyForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") PolicyForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                governance.create(form.getCode(), form.getTitleAr(), form.getTitleEn(), form.getOwner(),
                        form.getReviewIntervalMonths(), form.text(), principal.getName());
                redirect.addFlashAttribute("message", "governance.policy.saved");
                return "redirect:/governance/policies/" + form.getCode().strip();
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
            catch (DuplicateRecordException duplicate) {
                result.rejectValue(duplicate.field(), duplicate.messageKey());
            }
        }
        return showNew(form, model);
    }

    @GetMapping("/{code}")
    String view(@PathVariable String code, @RequestParam(required = false) Integer version,
            Authentication authentication, Model model) {
        Policy policy = governance.policy(code);
        List<PolicyVersion> history = governance.history(code);
        PolicyVersion shown = version == null ? history.get(0) : numbered(history, code, version);
        return show(policy, history, shown, authentication, model);
    }

    @GetMapping("/{code}/versions/{id}/edit")
    String edit(@PathVariable String code, @PathVariable long id, Authentication authentication, Model model) {
        Policy policy = governance.policy(code);
        PolicyVersion version = versionOf(policy, id);
        mayWrite(policy, authentication);
        return showEdit(policy, version, PolicyForm.of(version), model);
    }

    @PostMapping("/{code}/versions/{id}/edit")
    String write(@PathVariable String code, @PathVariable long id, @ModelAttribute("form") PolicyForm form,
            BindingResult result, Authentication authentication, Model model, Locale locale,
            RedirectAttributes redirect) {
        Policy policy = governance.policy(code);
        PolicyVersion version = versionOf(policy, id);
        mayWrite(policy, authentication);
        try {
            governance.write(id, form.text());
            redirect.addFlashAttribute("message", "governance.policy.saved");
            return "redirect:/governance/policies/" + code + "?version=" + version.getNumber();
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        catch (PolicyTransitionException refused) {
            model.addAttribute("problem", refusal(refused, locale));
        }
        return showEdit(policy, version, form, model);
    }

    @PostMapping("/{code}/versions/{id}/submit")
    String submit(@PathVariable String code, @PathVariable long id, Authentication authentication, Model model,
            Locale locale, RedirectAttributes redirect) {
        Policy policy = governance.policy(code);
        PolicyVersion version = versionOf(policy, id);
        mayWrite(policy, authentication);
        return act(policy, version, authentication, model, locale, redirect, "governance.policy.submitted",
                () -> governance.submit(id));
    }

    @PostMapping("/{code}/versions/{id}/decide")
    String decide(@PathVariable String code, @PathVariable long id, @RequestParam Decision decision,
            @RequestParam(required = false) String comment, Authentication authentication, Model model,
            Locale locale, RedirectAttributes redirect) {
        Policy policy = governance.policy(code);
        PolicyVersion version = versionOf(policy, id);
        model.addAttribute("comment", comment);
        return act(policy, version, authentication, model, locale, redirect, "governance.policy.decided",
                () -> governance.decide(id, authentication.getName(), decision, comment));
    }

    @PostMapping("/{code}/versions/{id}/publish")
    String publish(@PathVariable String code, @PathVariable long id, Authentication authentication, Model model,
            Locale locale, RedirectAttributes redirect) {
        Policy policy = governance.policy(code);
        PolicyVersion version = versionOf(policy, id);
        return act(policy, version, authentication, model, locale, redirect, "governance.policy.published",
                () -> governance.publish(id));
    }

    @PostMapping("/{code}/versions/{id}/acknowledge")
    String acknowledge(@PathVariable String code, @PathVariable long id, Authentication authentication, Model model,
            Locale locale, RedirectAttributes redirect) {
        Policy policy = governance.policy(code);
        PolicyVersion version = versionOf(policy, id);
        return act(policy, version, authentication, model, locale, redirect, "governance.policy.acknowledged",
                () -> {
                    governance.acknowledge(id, authentication.getName());
                    return version;
                });
    }

    /** A new draft starting from the text in force, for the next review of the policy. */
    @PostMapping("/{code}/next")
    String next(@PathVariable String code, Authentication authentication, Model model, Locale locale,
            RedirectAttributes redirect) {
        Policy policy = governance.policy(code);
        mayWrite(policy, authentication);
        List<PolicyVersion> history = governance.history(code);
        PolicyVersion base = inForce(history).orElse(history.get(0));
        try {
            PolicyVersion draft = governance.draftNext(code, new PolicyText(base.getTextAr(),
                    base.getTextEn(), null), authentication.getName());
            redirect.addFlashAttribute("message", "governance.policy.drafted");
            return "redirect:/governance/policies/" + code + "/versions/" + draft.getId() + "/edit";
        }
        catch (PolicyTransitionException refused) {
            model.addAttribute("problem", messages.getMessage("governance.refused.draftExists", null, locale));
        }
        return show(policy, history, base, authentication, model);
    }

    @GetMapping("/{code}/versions/{id}/acknowledgements")
    String compliance(@PathVariable String code, @PathVariable long id, Model model) {
        Policy policy = governance.policy(code);
        PolicyVersion version = versionOf(policy, id);
        Compliance compliance = governance.compliance(id);
        List<String> usernames = new ArrayList<>(compliance.pending());
        compliance.acknowledged().stream().map(PolicyAcknowledgement::getStaffUsername).forEach(usernames::add);
        model.addAttribute("policy", policy);
        model.addAttribute("version", version);
        model.addAttribute("compliance", compliance);
        model.addAttribute("names", staff.displayNames(usernames));
        return "governance/acknowledgements";
    }

    /** The Arabic text of one version against another's, line by line. */
    @GetMapping("/{code}/compare")
    String compare(@PathVariable String code, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        Policy policy = governance.policy(code);
        List<PolicyVersion> history = governance.history(code);
        PolicyVersion after = to == null ? history.get(0) : numbered(history, code, to);
        PolicyVersion before = from == null ? history.stream().filter(each -> each.getNumber() < after.getNumber())
                .findFirst().orElse(after) : numbered(history, code, from);
        model.addAttribute("policy", policy);
        model.addAttribute("history", history);
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("lines", TextDiff.lines(before.getTextAr(), after.getTextAr()));
        return "governance/compare";
    }

    private String act(Policy policy, PolicyVersion version, Authentication authentication, Model model, Locale locale,
            RedirectAttributes redirect, String done, Supplier<Object> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", done);
            return "redirect:/governance/policies/" + policy.getCode() + "?version=" + version.getNumber();
        }
        catch (PolicyTransitionException refused) {
            model.addAttribute("problem", refusal(refused, locale));
        }
        catch (DecisionAlreadyRecordedException recorded) {
            model.addAttribute("problem", messages.getMessage("governance.refused.alreadyDecided", null, locale));
        }
        catch (AccessDeniedException denied) {
            model.addAttribute("problem", messages.getMessage("governance.refused.notSitting", null, locale));
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("problem", messages.getMessage(invalid.problems().get(0).messageKey(), null, locale));
        }
        // Read again: what refused the action may have been another member's decision or a publication meanwhile.
        return show(policy, governance.history(policy.getCode()), governance.version(version.getId()), authentication,
                model);
    }

    private String refusal(PolicyTransitionException refused, Locale locale) {
        String status = messages.getMessage("governance.status." + refused.from(), null, locale);
        return messages.getMessage("governance.refused.transition", new Object[] { status }, locale);
    }

    private String show(Policy policy, List<PolicyVersion> history, PolicyVersion version,
            Authentication authentication, Model model) {
        String username = authentication.getName();
        List<Signature> signatures = version.getStatus() == PolicyStatus.DRAFT ? List.of()
                : governance.signatures(version.getId());
        Optional<BoardMember> member = board.ofAccount(username)
                .filter(account -> board.sitting().stream().anyMatch(each -> each.getId().equals(account.getId())));
        boolean decided = member.isPresent() && signatures.stream()
                .anyMatch(each -> each.member().getId().equals(member.get().getId()) && each.decision() != null);
        boolean acknowledged = version.getStatus() == PolicyStatus.PUBLISHED && governance.compliance(version.getId())
                .acknowledged().stream().anyMatch(each -> each.getStaffUsername().equals(username));
        model.addAttribute("policy", policy);
        model.addAttribute("history", history);
        model.addAttribute("version", version);
        model.addAttribute("signatures", signatures);
        model.addAttribute("ownerName", staff.displayNames(List.of(policy.getOwnerUsername()))
                .getOrDefault(policy.getOwnerUsername(), policy.getOwnerUsername()));
        model.addAttribute("canWrite", writes(policy, authentication));
        model.addAttribute("canPublish", edits(authentication));
        model.addAttribute("boardMember", member.isPresent());
        model.addAttribute("decided", decided);
        model.addAttribute("acknowledged", acknowledged);
        model.addAttribute("hasDraft", history.stream().anyMatch(each -> each.getStatus() == PolicyStatus.DRAFT));
        return "governance/policy";
    }

    private String showNew(PolicyForm form, Model model) {
        model.addAttribute("form", form);
        Collection<String> usernames = staff.enabledUsernames();
        model.addAttribute("owners", staff.displayNames(usernames).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new)));
        return "governance/policy-form";
    }

    private String showEdit(Policy policy, PolicyVersion version, PolicyForm form, Model model) {
        model.addAttribute("policy", policy);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        return "governance/draft-form";
    }

    private static Optional<PolicyVersion> inForce(List<PolicyVersion> history) {
        return history.stream().filter(each -> each.getStatus() == PolicyStatus.PUBLISHED).findFirst();
    }

    private static PolicyVersion numbered(List<PolicyVersion> history, String code, int number) {
        return history.stream().filter(each -> each.getNumber() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("policy version", code + " " + number));
    }

    /** The version, if it is one of this policy's: an address naming another policy's version finds nothing. */
    private PolicyVersion versionOf(Policy policy, long id) {
        PolicyVersion version = governance.version(id);
        if (!version.getPolicyId().equals(policy.getId())) {
            throw new RecordNotFoundException("policy version", id);
        }
        return version;
    }

    private static void mayWrite(Policy policy, Authentication authentication) {
        if (!writes(policy, authentication)) {
            throw new AccessDeniedException("only the policy's owner, an administrator or a manager writes it");
        }
    }

    private static boolean writes(Policy policy, Authentication authentication) {
        return edits(authentication) || policy.getOwnerUsername().equals(authentication.getName());
    }

    private static boolean edits(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(EDITORS::contains);
    }
}
