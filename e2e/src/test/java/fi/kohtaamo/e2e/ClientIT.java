package fi.kohtaamo.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.kohtaamo.client.catalogue.api.ServicesApi;
import fi.kohtaamo.client.knowledge.api.SearchApi;
import fi.kohtaamo.client.routing.ApiClient;
import fi.kohtaamo.client.routing.ApiException;
import fi.kohtaamo.client.routing.api.ContactsApi;
import fi.kohtaamo.client.routing.api.QueuesApi;
import fi.kohtaamo.client.routing.model.ContactRequest;
import fi.kohtaamo.client.routing.model.QueueSummary;
import fi.kohtaamo.client.routing.model.Tracked;
import fi.kohtaamo.client.routing.model.TrackingRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An integrator's view: Java clients generated from the services' published OpenAPI documents
 * (e2e/pom.xml, OpenAPI Generator) compile and make real calls through the gateway. A document that
 * lies about a path, a body or an answer breaks here, not in an agency's system.
 */
class ClientIT {

    private static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** Any answer as JSON: an operation whose document has no success schema gives a map, one with it a model. */
    private static JsonNode json(Object answer) {
        return JSON.valueToTree(answer);
    }

    private static ApiClient routing(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Platform.GATEWAY);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @Test
    void aCitizensContactGoesInAndIsFollowedThroughTheGeneratedClients() throws Exception {
        fi.kohtaamo.client.catalogue.ApiClient catalogue = new fi.kohtaamo.client.catalogue.ApiClient();
        catalogue.updateBaseUri(Platform.GATEWAY);
        JsonNode services = json(new ServicesApi(catalogue).serviceResourceList(null, null, null, null, null, null, 0,
                null, 100, null, "fi"));
        assertThat(services.toString()).contains(PERMIT);

        ContactsApi contacts = new ContactsApi(routing(null));
        JsonNode created = json(contacts.contactResourceSubmit(new ContactRequest()
                .serviceId(UUID.fromString(PERMIT))
                .description("Generoidun asiakkaan yhteydenotto liittymästä.")
                .language("fi")
                .attributes(Platform.PERMIT_ANSWERS), null));
        String code = created.path("trackingCode").asText();
        assertThat(code).startsWith("KH-");

        Tracked tracked = contacts.contactResourceLookup(new TrackingRequest().trackingCode(code)
                .accessSecret(created.path("accessSecret").asText()));
        assertThat(tracked.getTrackingCode()).isEqualTo(code);
        assertThat(tracked.getStatus()).isEqualTo("QUEUED");

        fi.kohtaamo.client.knowledge.ApiClient knowledge = new fi.kohtaamo.client.knowledge.ApiClient();
        knowledge.updateBaseUri(Platform.GATEWAY);
        assertThat(new SearchApi(knowledge).searchResourceSearch("lupa", null, null, "fi", 10, 0, null).getResults())
                .isNotNull();
    }

    @Test
    void refusalsArriveAsTheDocumentedStatusesAndProblems() throws Exception {
        ContactsApi anonymous = new ContactsApi(routing(null));
        assertThatThrownBy(() -> anonymous.contactResourceSubmit(new ContactRequest().description(" ").language("xx"), null))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    assertThat(refused.getResponseBody()).contains("violations");
                });
        // A code whose check character is wrong is a typo (400 naming the field); a real code with the
        // wrong secret is indistinguishable from no such contact (404).
        assertThatThrownBy(() -> anonymous.contactResourceLookup(new TrackingRequest().trackingCode("KH-AAAA-AAAA")
                .accessSecret("wrong")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    assertThat(refused.getResponseBody()).contains("trackingCode");
                });
        String code = json(anonymous.contactResourceSubmit(new ContactRequest().serviceId(UUID.fromString(PERMIT))
                .description("Lupa-asia " + UUID.randomUUID()).language("fi").attributes(Platform.PERMIT_ANSWERS), null))
                .path("trackingCode").asText();
        assertThatThrownBy(() -> anonymous.contactResourceLookup(new TrackingRequest().trackingCode(code)
                .accessSecret("wrong")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(404);
                    assertThat(refused.getResponseBody()).contains("\"status\":404");
                });
    }

    @Test
    void anAgentSeesTheQueuesOfTheirOwnOrganisationOnly() throws Exception {
        List<QueueSummary> queues = new QueuesApi(routing(Platform.userToken("agent.uusimaa"))).queueResourceList();
        assertThat(queues).isNotEmpty();
        assertThat(json(queues).findValuesAsText("code")).contains("uusimaa-permits").doesNotContain("pirkanmaa-permits");
    }
}
