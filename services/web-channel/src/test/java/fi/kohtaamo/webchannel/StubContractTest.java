package fi.kohtaamo.webchannel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every stub answer passes through refuses what the producer would not send: a renamed
 * or retyped field, an operation it does not document, a body where it documents none. Read against the catalogue's
 * and contact routing's real documents, as their builds stored them.
 */
class StubContractTest {

    private final ServiceContracts contracts = ServiceContracts.load();

    @Test
    void anAnswerAsTheProducerDocumentsItPasses() {
        assertThat(contracts.check("GET", "/api/v1/classifications", 200,
                "[{\"code\":\"KR1\",\"services\":2,\"labels\":{\"fi\":\"Kansalaiset\",\"sv\":\"Medborgare\"}}]")).isEmpty();
    }

    @Test
    void aFieldTheProducerDoesNotRequireMayBeNull() {
        assertThat(contracts.check("GET", "/api/v1/classifications", 200, "[{\"code\":\"KR1\",\"labels\":null}]")).isEmpty();
    }

    @Test
    void aRenamedFieldIsRefused() {
        assertThat(contracts.check("GET", "/api/v1/classifications", 200, "[{\"kode\":\"KR1\",\"services\":2}]"))
                .singleElement().asString().contains("service-catalogue GET /api/v1/classifications 200").contains("kode");
    }

    @Test
    void aRetypedFieldIsRefused() {
        assertThat(contracts.check("GET", "/api/v1/classifications", 200, "[{\"code\":\"KR1\",\"services\":\"two\"}]"))
                .singleElement().asString().contains("services");
    }

    @Test
    void anUndocumentedOperationOrBodyIsRefused() {
        assertThat(contracts.check("GET", "/api/v1/nothing-here", 200, "{}"))
                .containsExactly("no service documents GET /api/v1/nothing-here");
        assertThat(contracts.check("DELETE", "/api/v1/feedback-themes/slow", 200, "{}"))
                .singleElement().asString().contains("feedback DELETE /api/v1/feedback-themes/{code}").contains("no JSON body");
        assertThat(contracts.check("DELETE", "/api/v1/feedback-themes/slow", 204, null)).isEmpty();
    }

    @Test
    void aProblemAnswerOnlyNeedsItsOperation() {
        assertThat(contracts.check("GET", "/api/v1/services/not-a-service", 404, "{\"status\":404}")).isEmpty();
    }

    @Test
    void theMostSpecificPathIsTheOperation() {
        assertThat(contracts.operation("GET", "/api/v1/contacts/mine")).hasValue("contact-routing GET /api/v1/contacts/mine");
        assertThat(contracts.operation("GET", "/api/v1/contacts/5a5a5a5a-0000-4000-8000-000000000001"))
                .hasValue("contact-routing GET /api/v1/contacts/{id}");
    }
}
