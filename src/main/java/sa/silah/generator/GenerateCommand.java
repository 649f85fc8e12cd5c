package sa.silah.generator;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the generator when the application was started with {@code generate} as its first argument, which sets
 * {@code silah.generator.enabled} (see {@code SilahApplication.main}); the application then exits.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "silah.generator.enabled", havingValue = "true")
class GenerateCommand implements ApplicationRunner {

    private final DataGenerator generator;

    GenerateCommand(DataGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        generator.generate(GeneratorOptions.parse(List.of(args.getSourceArgs())));
    }
}
