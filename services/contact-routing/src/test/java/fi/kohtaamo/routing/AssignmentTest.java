package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.Assignment;
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

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Next contact: the best one the agent is qualified for, never one another agent holds. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class AssignmentTest {

    @Inject
    Assignment assignment;

    static Caller agentCaller(String subject) {
        return new Caller(subject, subject, "ely-uusimaa", Set.of("agent"), false);
    }

    @Test
    void theAgentGetsTheMostUrgentThenTheOldestContactTheyAreQualifiedFor() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("order-agent", "ely-uusimaa", false, Map.of("permits", 2), List.of("fi", "sv"), 10, Set.of(queue.id));
        UUID oldLow = WorkFixtures.contact(queue, 4, "fi", Map.of(), 120);
        UUID newUrgent = WorkFixtures.contact(queue, 1, "fi", Map.of(), 1);
        UUID oldUrgent = WorkFixtures.contact(queue, 1, "sv", Map.of("permits", 2), 30);
        UUID needsExpertLevel = WorkFixtures.contact(queue, 1, "fi", Map.of("permits", 3), 500);
        UUID english = WorkFixtures.contact(queue, 1, "en", Map.of(), 600);

        Caller caller = agentCaller("order-agent");
        assertThat(assignment.next(caller).map(c -> c.id)).contains(oldUrgent);
        assertThat(assignment.next(caller).map(c -> c.id)).contains(newUrgent);
        assertThat(assignment.next(caller).map(c -> c.id)).contains(oldLow);
        assertThat(assignment.next(caller)).as("the rest need a higher skill level or English").isEmpty();
        assertThat(WorkFixtures.reload(needsExpertLevel).status).isEqualTo(ContactStatus.QUEUED);
        assertThat(WorkFixtures.reload(english).status).isEqualTo(ContactStatus.QUEUED);
        Contact taken = WorkFixtures.reload(oldUrgent);
        assertThat(taken.status).isEqualTo(ContactStatus.ASSIGNED);
        assertThat(taken.assignedTo).isEqualTo("order-agent");
    }

    @Test
    void capacityAndPresenceAreHonoured() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("capacity-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 2, Set.of(queue.id));
        for (int i = 0; i < 4; i++) {
            WorkFixtures.contact(queue, 3, "fi", Map.of(), i);
        }
        Caller caller = agentCaller("capacity-agent");
        assertThat(assignment.next(caller)).isPresent();
        assertThat(assignment.next(caller)).isPresent();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> assignment.next(caller)))
                .hasMessageContaining("At capacity");
    }

    @Test
    void twoHundredConcurrentRequestsFromFortyAgentsNeverGetTheSameContact() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        int agents = 40;
        int contacts = 150;
        for (int i = 0; i < agents; i++) {
            WorkFixtures.agent("race-agent-" + i, "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        }
        for (int i = 0; i < contacts; i++) {
            WorkFixtures.contact(queue, 1 + i % 5, "fi", Map.of(), i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Optional<UUID>>> calls = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < agents; i++) {
                Caller caller = agentCaller("race-agent-" + i);
                calls.add(() -> assignment.next(caller).map(contact -> contact.id));
            }
        }
        List<UUID> assigned = Collections.synchronizedList(new ArrayList<>());
        for (Future<Optional<UUID>> future : pool.invokeAll(calls)) {
            future.get().ifPresent(assigned::add); // an error in any request fails the test here
        }
        pool.shutdown();

        assertThat(assigned).as("every request got a contact: 200 requests, 150 contacts, capacity 200")
                .hasSize(contacts);
        assertThat(assigned).doesNotHaveDuplicates();
        Map<String, Long> perAgent = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new HashMap<>();
            Contact.<Contact>list("queue.id", queue.id).forEach(contact -> {
                assertThat(contact.status).isEqualTo(ContactStatus.ASSIGNED);
                counts.merge(contact.assignedTo, 1L, Long::sum);
            });
            return counts;
        });
        assertThat(perAgent.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(5));
        assertThat(perAgent.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(contacts);
    }

    @Test
    @TestSecurity(user = "rest-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void overRestNextAnswers409WhenAwayAnd204WhenNothingWaits() {
        given().when().get("/api/v1/agents/me").then().statusCode(200)
                .body("presence", equalTo("OFFLINE")).body("organisation", equalTo("ely-uusimaa"));
        given().when().post("/api/v1/contacts/next").then().statusCode(409)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("not-available"));
        Queue empty = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        QuarkusTransaction.requiringNew().run(() -> {
            fi.kohtaamo.routing.domain.Agent agent = fi.kohtaamo.routing.domain.Agent.findById("rest-agent");
            agent.queueIds.clear();
            agent.queueIds.add(empty.id);
        });
        given().contentType("application/json").body(Map.of("presence", "AVAILABLE"))
                .when().put("/api/v1/agents/me/presence").then().statusCode(200).body("presence", equalTo("AVAILABLE"));
        given().when().post("/api/v1/contacts/next").then().statusCode(204);
        UUID waiting = WorkFixtures.contact(empty, 3, "fi", Map.of(), 0);
        given().when().post("/api/v1/contacts/next").then().statusCode(200).body("id", equalTo(waiting.toString()))
                .body("status", equalTo("ASSIGNED")).body("assignedTo", equalTo("rest-agent"));
        given().contentType("application/json").body(Map.of("presence", "SOMETIMES"))
                .when().put("/api/v1/agents/me/presence").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void citizensAreNotAgents() {
        given().when().post("/api/v1/contacts/next").then().statusCode(403);
        given().when().get("/api/v1/agents/me").then().statusCode(403);
    }
}
