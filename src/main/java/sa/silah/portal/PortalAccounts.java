package sa.silah.portal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalAccounts extends JpaRepository<PortalAccount, UUID> {

    List<PortalAccount> findTop2ByMobile(String mobile);
}
