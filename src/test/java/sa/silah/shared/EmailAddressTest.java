package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = { "name@example.org", " Name@Example.ORG ", "first.last+tag@sub.example.sa" })
    void acceptsAndLowerCasesAddresses(String raw) {
        assertThat(EmailAddress.parse(raw).value()).isEqualTo(raw.strip().toLowerCase());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "name", "name@", "@example.org", "name@example", "a b@example.org", "x@y@example.org" })
    void refusesWhatIsNotAnAddress(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).isInstanceOf(InvalidValueException.class)
                .extracting("messageKey").isEqualTo("validation.email");
    }
}
