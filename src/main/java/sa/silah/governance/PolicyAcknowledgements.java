package sa.silah.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyAcknowledgements extends JpaRepository<PolicyAcknowledgement, PolicyAcknowledgement.Key> {

    List<PolicyAcknowledgement> findByKeyPolicyVersionId(Long policyVersionId);
}
