package sa.silah.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param unusualAccess when the unusual-access report names an account, unless the administrator asks otherwise */
@ConfigurationProperties("silah.audit")
public record AuditProperties(@DefaultValue UnusualAccess unusualAccess) {

    /**
     * @param records more distinct records than this opened by one account …
     * @param window … within this long is unusual
     */
    public record UnusualAccess(@DefaultValue("30") int records, @DefaultValue("PT1H") Duration window) {
    }
}
