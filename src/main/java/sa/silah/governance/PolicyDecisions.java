package sa.silah.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyDecisions extends JpaRepository<PolicyDecision, Long> {

    List<PolicyDecision> findByPolicyVersionIdOrderByDecidedAt(Long policyVersionId);

    boolean existsByPolicyVersionIdAndBoardMemberId(Long policyVersionId, Long boardMemberId);
}
