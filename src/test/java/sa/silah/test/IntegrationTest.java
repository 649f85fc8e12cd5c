package sa.silah.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, against this run's database (H2, then PostgreSQL), with demo
 * data off, a known administrator password and known WhatsApp webhook secrets. All integration tests share this one
 * context per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RequiresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "silah.demo-data=false",
        "silah.scheduling.enabled=false",
        "silah.notifications.send-immediately=false",
        "silah.requests.attachment-directory=target/test-attachments",
        "silah.letters.directory=target/test-letters",
        "silah.knowledge.directory=target/test-knowledge",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=sa.silah.test.QueryCount",
        "silah.admin-password=" + TestAccounts.ADMIN_PASSWORD,
        "silah.whatsapp.verify-token=" + IntegrationTest.WHATSAPP_VERIFY_TOKEN,
        "silah.whatsapp.app-secret=" + IntegrationTest.WHATSAPP_APP_SECRET })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {

    /** The WhatsApp webhook's secrets in tests, so that a test can sign deliveries as Meta would. */
    String WHATSAPP_VERIFY_TOKEN = "verify-token-for-tests";
    String WHATSAPP_APP_SECRET = "app-secret-for-tests";
}
