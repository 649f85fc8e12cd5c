package sa.silah.governance;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMembers extends JpaRepository<BoardMember, Long> {

    Optional<BoardMember> findByStaffUsername(String staffUsername);
}
