package sa.silah.governance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.governance.Governance;
import sa.silah.governance.Policy;
import sa.silah.governance.PolicyStatus;
import sa.silah.governance.PolicyVersion;
import sa.silah.shared.ApiController;

/** The association's policies, read-only: where each stands and when it is next reviewed. */
@ApiController("/api/v1/policies")
@Tag(name = "Policies", description = "The association's policies (السياسات) and where their versions stand")
class PolicyApiController {

    private final Governance governance;

    PolicyApiController(Governance governance) {
        this.governance = governance;
    }

    @GetMapping
    @Operation(summary = "Every policy with its status and next review date", description = "One entry per policy, "
            + "ordered by code. Not paged: an association keeps a handful of policies. status is the latest "
            + "version's (a draft of the next version shows as DRAFT); version is the number of the version in "
            + "force, or of the latest version while none is published; nextReviewDate is the version in force's, "
            + "null while none is published.")
    List<PolicyEntry> policies() {
        Map<Long, List<PolicyVersion>> versions = governance.versionsByPolicy();
        return governance.policies().stream()
                .map(policy -> PolicyEntry.of(policy, versions.getOrDefault(policy.getId(), List.of()))).toList();
    }

    record PolicyEntry(String code, String title, String titleEn, PolicyStatus status, Integer version,
            LocalDate nextReviewDate) {

        /** @param history the policy's versions, the newest first */
        static PolicyEntry of(Policy policy, List<PolicyVersion> history) {
            PolicyVersion latest = history.isEmpty() ? null : history.get(0);
            PolicyVersion published = history.stream()
                    .filter(version -> version.getStatus() == PolicyStatus.PUBLISHED).findFirst().orElse(null);
            PolicyVersion numbered = published != null ? published : latest;
            return new PolicyEntry(policy.getCode(), policy.getTitleAr(), policy.getTitleEn(),
                    latest == null ? null : latest.getStatus(), numbered == null ? null : numbered.getNumber(),
                    published == null ? null : published.getNextReviewDate());
        }
    }
}
