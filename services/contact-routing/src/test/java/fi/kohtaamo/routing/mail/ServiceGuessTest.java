package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.KnownService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceGuessTest {

    static KnownService service(String fi, String sv) {
        KnownService service = new KnownService();
        service.nameFi = fi;
        service.nameSv = sv;
        return service;
    }

    private final KnownService support = service("Yritystuki", "Företagsstöd");
    private final KnownService international = service("Yritystuki kansainvälistymiseen", "Stöd för internationalisering");
    private final KnownService short_ = service("Tuki", "Stöd");

    @Test
    void theLongestNameTheSubjectContainsWinsInAnyLanguageAndCase() {
        List<KnownService> services = List.of(support, international, short_);
        assertThat(ServiceGuess.fromSubject("Hakemus: YRITYSTUKI kansainvälistymiseen", services)).isSameAs(international);
        assertThat(ServiceGuess.fromSubject("Fråga om företagsstöd", services)).isSameAs(support);
    }

    @Test
    void shortNamesAndSubjectsNamingNoServiceGuessNothing() {
        List<KnownService> services = List.of(support, short_);
        assertThat(ServiceGuess.fromSubject("Tuki loppui", services)).as("too short a name to tell").isNull();
        assertThat(ServiceGuess.fromSubject("Kysymys", services)).isNull();
        assertThat(ServiceGuess.fromSubject("", services)).isNull();
    }
}
