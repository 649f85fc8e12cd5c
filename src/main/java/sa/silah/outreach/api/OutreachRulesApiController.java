package sa.silah.outreach.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.outreach.RuleSetting;
import sa.silah.outreach.StandingRule;
import sa.silah.outreach.StandingRules;
import sa.silah.shared.ApiController;

/** The standing outreach rules and their settings (managers and administrators). */
@ApiController("/api/v1/outreach/rules")
@Tag(name = "Outreach rules", description = "Rules that reach beneficiaries by themselves, every day")
class OutreachRulesApiController {

    private final StandingRules rules;

    OutreachRulesApiController(StandingRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "Every standing rule with its setting",
            description = "runHere is false for a rule another module runs with its own setting (ASSESSMENT_LAPSING: "
                    + "elsewhere is how long before an assessment lapses it is reminded, an ISO-8601 period); such a "
                    + "rule cannot be changed here. threshold counts in unit, between minimum and maximum.")
    List<RuleEntry> list() {
        return rules.settings().stream().map(RuleEntry::of).toList();
    }

    @PutMapping("/{code}")
    @Operation(summary = "Switches a rule on or off and sets its threshold",
            description = "Body {\"enabled\": true, \"threshold\": 7}. A threshold out of the rule's bounds is a 400 "
                    + "problem naming threshold; a rule run elsewhere a 400 naming code; an unknown code a 404.")
    RuleEntry change(@PathVariable String code, @RequestBody RuleChange change) {
        return RuleEntry.of(rules.change(code, change.enabled(), change.threshold()));
    }

    record RuleChange(Boolean enabled, Integer threshold) {
    }

    record RuleEntry(String code, boolean runHere, boolean enabled, Integer threshold, StandingRule.ThresholdUnit unit,
            Integer minimum, Integer maximum, String elsewhere, String updatedBy, Instant updatedAt) {

        static RuleEntry of(RuleSetting setting) {
            StandingRule rule = setting.rule();
            boolean here = rule.isRunHere();
            return new RuleEntry(rule.name(), here, setting.enabled(), setting.threshold(), rule.unit(),
                    here ? rule.minimum() : null, here ? rule.maximum() : null,
                    setting.elsewhere() == null ? null : setting.elsewhere().toString(), setting.updatedBy(),
                    setting.updatedAt());
        }
    }
}
