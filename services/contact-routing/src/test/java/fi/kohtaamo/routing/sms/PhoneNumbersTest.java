package fi.kohtaamo.routing.sms;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    @Test
    void numbersAsPeopleWriteThemBecomeInternational() {
        assertThat(PhoneNumbers.international("040 123 4567")).hasValue("+358401234567");
        assertThat(PhoneNumbers.international("+358 40-123 4567")).hasValue("+358401234567");
        assertThat(PhoneNumbers.international("00358 (40) 1234567")).hasValue("+358401234567");
        assertThat(PhoneNumbers.international("+46 8 123 456 78")).hasValue("+46812345678");
    }

    @Test
    void whatIsNoNumberIsNone() {
        assertThat(PhoneNumbers.international(null)).isEmpty();
        assertThat(PhoneNumbers.international("12345")).isEmpty();
        assertThat(PhoneNumbers.international("040 abc")).isEmpty();
        assertThat(PhoneNumbers.international("+3584012345678901234")).isEmpty();
    }

    @Test
    void theTokenGoesOnlyOverHttpsOrToThisMachine() {
        assertThatCode(() -> SmsGateway.requireSafe(URI.create("https://sms.example.fi/send"))).doesNotThrowAnyException();
        assertThatCode(() -> SmsGateway.requireSafe(URI.create("http://127.0.0.1:8999/sms"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SmsGateway.requireSafe(URI.create("http://sms.example.fi/send")))
                .isInstanceOf(SmsGateway.NotSent.class);
    }
}
