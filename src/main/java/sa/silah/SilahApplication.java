package sa.silah;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Silah (صلة): the beneficiary-relations system of a Saudi non-profit association. One deployable
 * application, one package per business capability; see docs/ARCHITECTURE.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SilahApplication {

    public static void main(String[] args) {
        SpringApplication.run(SilahApplication.class, args);
    }
}
