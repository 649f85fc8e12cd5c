package sa.silah;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.env.MapPropertySource;
import org.springframework.modulith.Modulithic;

/**
 * Silah (صلة): the beneficiary-relations system of a Saudi non-profit association. One deployable
 * application, one package per business capability; see docs/ARCHITECTURE.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SilahApplication {

    /** The first argument that makes the application fill its database with generated data and exit. */
    static final String GENERATE = "generate";

    public static void main(String[] args) {
        if (args.length > 0 && GENERATE.equals(args[0])) {
            System.exit(SpringApplication.exit(generator().run(args)));
        }
        SpringApplication.run(SilahApplication.class, args);
    }

    /**
     * The application without demo data or scheduled jobs, running the data generator (sa.silah.generator);
     * these settings win over every other source. The web security configuration needs a servlet context, so the
     * web server starts, but on a free port of the loopback interface only, for the minutes the run takes.
     */
    private static SpringApplication generator() {
        SpringApplication application = new SpringApplication(SilahApplication.class);
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource(GENERATE, Map.of("silah.generator.enabled", "true",
                        "silah.demo-data", "false", "silah.scheduling.enabled", "false",
                        "server.address", "127.0.0.1", "server.port", "0"))));
        return application;
    }
}
