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
 * data off and a known administrator password. All integration tests share this one context per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RequiresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "silah.demo-data=false",
        "silah.scheduling.enabled=false",
        "silah.requests.attachment-directory=target/test-attachments",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
        "silah.admin-password=" + TestAccounts.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {
}
