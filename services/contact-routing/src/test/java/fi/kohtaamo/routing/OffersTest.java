package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.Offers;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Push mode: offers to the least-loaded qualified agent, accepted, declined or expired. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class OffersTest {

    @Inject
    Offers offers;

    @Inject
    Assignment assignment;

    private static void pushMode(String subject) {
        QuarkusTransaction.requiringNew().run(() ->
                fi.kohtaamo.routing.domain.Agent.update("pushOffers = true where subject = ?1", subject));
    }

    private static Caller caller(String subject) {
        return new Caller(subject, subject, "ely-uusimaa", Set.of("agent"), false);
    }

    @Test
    void anOfferGoesToTheLeastLoadedQualifiedAgentAndADeclineOrExpiryMovesItOn() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("push-busy", "ely-uusimaa", false, Map.of("permits", 1), List.of("fi"), 5, Set.of(queue.id));
        WorkFixtures.agent("push-idle", "ely-uusimaa", false, Map.of("permits", 1), List.of("fi"), 5, Set.of(queue.id));
        WorkFixtures.agent("push-unskilled", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        WorkFixtures.agent("push-third", "ely-uusimaa", false, Map.of("permits", 1), List.of("fi"), 5, Set.of(queue.id));
        for (String subject : List.of("push-busy", "push-idle", "push-unskilled")) {
            pushMode(subject);
        }
        UUID held = WorkFixtures.contact(queue, 3, "fi", Map.of(), 10);
        QuarkusTransaction.requiringNew().run(() -> Contact.update("status = 'ASSIGNED', assignedTo = 'push-busy' where id = ?1", held));
        UUID offered = WorkFixtures.contact(queue, 2, "fi", Map.of("permits", 1), 5);

        offers.offer(Instant.now());
        assertThat(WorkFixtures.reload(offered).offeredTo).as("the idle one, not the busy or the unskilled").isEqualTo("push-idle");
        assertThat(assignment.next(caller("push-third"))).as("an offered contact is not pulled by others").isEmpty();

        offers.decline(caller("push-idle"), offered);
        offers.offer(Instant.now());
        Contact reoffered = WorkFixtures.reload(offered);
        assertThat(reoffered.offeredTo).isEqualTo("push-busy");
        assertThat(reoffered.declinedBy).containsExactly("push-idle");

        // Nobody accepts in time: the offer lapses and no agent in push mode is left for it.
        offers.offer(reoffered.offerExpiresAt.plusSeconds(1));
        Contact lapsed = WorkFixtures.reload(offered);
        assertThat(lapsed.offeredTo).isNull();
        assertThat(lapsed.declinedBy).containsExactly("push-idle", "push-busy");
        assertThat(lapsed.status).isEqualTo(ContactStatus.QUEUED);
        assertThat(assignment.next(caller("push-third")).map(contact -> contact.id)).as("pull still works").contains(offered);
    }

    @Test
    @TestSecurity(user = "push-rest", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentSeesAndAcceptsTheirOfferAndNoOneElses() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("push-rest", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        pushMode("push-rest");
        UUID mine = WorkFixtures.contact(queue, 3, "fi", Map.of(), 1);
        UUID notOffered = WorkFixtures.contact(queue, 3, "fi", Map.of("law", 3), 1);
        offers.offer(Instant.now());

        given().when().get("/api/v1/agents/me/offers").then().statusCode(200).body("id", hasItem(mine.toString()));
        given().when().post("/api/v1/contacts/" + notOffered + "/accept").then().statusCode(409);
        given().when().post("/api/v1/contacts/" + mine + "/accept").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("assignedTo", equalTo("push-rest"));
        given().when().post("/api/v1/contacts/" + mine + "/decline").then().statusCode(409);
        given().when().get("/api/v1/contacts/" + mine).then().statusCode(200)
                .body("history.kind", org.hamcrest.Matchers.contains("OFFERED", "ASSIGNED"))
                .body("history[1].details.how", equalTo("offer"));
        WorkFixtures.agent("someone-else", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        assertThat(catchThrowable(() -> offers.accept(caller("someone-else"), mine))).hasMessageContaining("not offered to you");
    }
}
