package sa.silah.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Requests extends JpaRepository<Request, UUID>, JpaSpecificationExecutor<Request> {

    Optional<Request> findByReferenceNumber(String referenceNumber);

    Page<Request> findByBeneficiaryIdOrderBySubmittedAtDesc(UUID beneficiaryId, Pageable pageable);

    /** Open requests whose clock runs and whose at-risk time has come, for the SLA watch. */
    @Query("""
            select r.id from Request r
            where r.status in :running and r.slaState = sa.silah.casework.SlaState.ON_TRACK and r.atRiskAt <= :now""")
    List<UUID> dueForAtRisk(Collection<RequestStatus> running, Instant now);

    @Query("""
            select r.id from Request r
            where r.status in :running and r.slaState <> sa.silah.casework.SlaState.BREACHED and r.dueAt <= :now""")
    List<UUID> dueForBreach(Collection<RequestStatus> running, Instant now);

    /** Reference numbers by request id, for lists of contacts that name their request. */
    @Query("select r.id as id, r.referenceNumber as referenceNumber from Request r where r.id in :ids")
    List<ReferenceNumberOf> referenceNumbersOf(Collection<UUID> ids);

    interface ReferenceNumberOf {
        UUID getId();

        String getReferenceNumber();
    }

    static Specification<Request> all() {
        return (root, query, builder) -> builder.conjunction();
    }
}
