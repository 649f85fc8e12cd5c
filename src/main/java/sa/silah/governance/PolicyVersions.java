package sa.silah.governance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersions extends JpaRepository<PolicyVersion, Long> {

    List<PolicyVersion> findByPolicyIdOrderByNumberDesc(Long policyId);

    List<PolicyVersion> findByPolicyIdAndStatusIn(Long policyId, Collection<PolicyStatus> statuses);

    List<PolicyVersion> findByStatusOrderByPublishedAtDesc(PolicyStatus status);

    List<PolicyVersion> findAllByOrderByPolicyIdAscNumberDesc();
}
