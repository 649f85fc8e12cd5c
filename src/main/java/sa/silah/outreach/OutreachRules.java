package sa.silah.outreach;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutreachRules extends JpaRepository<OutreachRule, String> {

    List<OutreachRule> findAllByOrderByCodeAsc();
}
