package sa.silah.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an integration test's application at the database of this run: H2 in memory, or PostgreSQL when
 * Failsafe runs the suite a second time with {@code -Dsilah.test.database=postgres}. Each test context gets
 * a fresh PostgreSQL database with a UTF-8 ctype, which Arabic text search needs, named after this test
 * JVM so that two test runs on one machine never drop each other's database; it is dropped when its
 * context closes.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://localhost:5432/test";
    private static final Set<String> CREATED = new HashSet<>();

    public static boolean postgresRequested() {
        return "postgres".equals(System.getProperty("silah.test.database"));
    }

    public static String adminUrl() {
        String configured = System.getenv("SILAH_TEST_POSTGRES_URL");
        return configured == null || configured.isBlank() ? DEFAULT_POSTGRES_URL : configured;
    }

    static String user() {
        String configured = System.getenv("SILAH_TEST_POSTGRES_USER");
        return configured == null || configured.isBlank() ? "postgres" : configured;
    }

    static String password() {
        String configured = System.getenv("SILAH_TEST_POSTGRES_PASSWORD");
        return configured == null ? "" : configured;
    }

    /** Whether the PostgreSQL server answers; checked once per test JVM. */
    public static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(adminUrl(), user(), password())) {
            return true;
        }
        catch (SQLException unreachable) {
            return false;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = context.getEnvironment().getProperty("silah.test.database-name", "silah_it");
        Map<String, Object> properties = new HashMap<>();
        if (postgresRequested()) {
            String database = freshPostgresDatabase(name);
            properties.put("spring.datasource.url", adminUrl().substring(0, adminUrl().lastIndexOf('/') + 1) + database);
            properties.put("spring.datasource.username", user());
            properties.put("spring.datasource.password", password());
            // Registered before any other bean, so destroyed after all of them, the connection pool included.
            ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("silahTestDatabaseDropper",
                    () -> execute("drop database if exists " + database + " with (force)"));
        }
        else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("silahTestDatabase", properties));
    }

    /** The name of this JVM's database for the given prefix, created on first use. */
    private static synchronized String freshPostgresDatabase(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid();
        if (CREATED.add(name)) {
            execute("drop database if exists " + name + " with (force)");
            execute("create database " + name
                    + " template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'");
        }
        return name;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl(), user(), password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException failed) {
            throw new IllegalStateException("Cannot prepare the PostgreSQL test database: " + sql, failed);
        }
    }
}
