package sa.silah.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in the portal. The person's account stays, so that the accounts opened are still counted, but forgets the
 * mobile it signs in with and ends every session; the one-time codes sent to their mobiles go, since they are kept
 * only to count the codes sent against the limits.
 */
@Component
class PortalErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;

    PortalErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        jdbc.sql("""
                update portal_account set mobile = :erased, sessions_valid_after = :now, version = version + 1
                where beneficiary_id = :beneficiary""")
                .param("erased", PersonalIdentifiers.ERASED).param("now", Timestamp.from(Instant.now()))
                .param("beneficiary", person.beneficiaryId()).update();
        jdbc.sql("delete from otp_challenge where beneficiary_id = :beneficiary or mobile in (:mobiles)")
                .param("beneficiary", person.beneficiaryId())
                .param("mobiles", person.mobiles().isEmpty() ? List.of("") : List.copyOf(person.mobiles()))
                .update();
    }
}
