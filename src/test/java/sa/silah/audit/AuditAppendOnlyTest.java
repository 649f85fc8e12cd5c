package sa.silah.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

/** The trail and the access log are append-only by construction: nothing in Silah can change or delete an entry. */
class AuditAppendOnlyTest {

    private static final List<Class<?>> REPOSITORIES = List.of(AuditEntries.class, PersonalDataAccesses.class);

    @Test
    void theRepositoriesOnlySaveAndFind() {
        for (Class<?> repository : REPOSITORIES) {
            assertThat(Repository.class).as(repository.getSimpleName()).isAssignableFrom(repository);
            assertThat(CrudRepository.class.isAssignableFrom(repository)).as(repository.getSimpleName()).isFalse();
            assertThat(Stream.of(repository.getMethods()).map(Method::getName))
                    .as(repository.getSimpleName())
                    .isNotEmpty()
                    .allMatch(name -> name.equals("save") || name.startsWith("find"))
                    .noneMatch(name -> Stream.of("delete", "remove", "update", "modify", "merge")
                            .anyMatch(name.toLowerCase(Locale.ROOT)::contains));
        }
    }

    @Test
    void hibernateNeverWritesAnUpdateOfAnEntry() {
        assertThat(AuditEntry.class).hasAnnotation(Immutable.class);
        assertThat(PersonalDataAccess.class).hasAnnotation(Immutable.class);
    }

    @Test
    void theEntitiesHaveNoSetters() {
        for (Class<?> entity : List.of(AuditEntry.class, PersonalDataAccess.class)) {
            assertThat(Stream.of(entity.getMethods()).map(Method::getName)).as(entity.getSimpleName())
                    .noneMatch(name -> name.startsWith("set"));
        }
    }
}
