package sa.silah.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyReminders extends JpaRepository<PolicyReminder, PolicyReminder.Key> {

    List<PolicyReminder> findByKeyPolicyVersionIdAndKeyReminderKind(Long policyVersionId, PolicyReminder.Kind kind);
}
