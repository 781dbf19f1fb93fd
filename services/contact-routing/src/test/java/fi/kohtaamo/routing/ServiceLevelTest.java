package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.SlaState;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.NewContact;
import fi.kohtaamo.routing.service.ServiceLevels;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The service-level check: at risk, breached, and the policy's escalation, announced through Kafka. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ServiceLevelTest {

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactIntake intake;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static void deadlines(UUID id, Instant firstAtRisk, Instant firstDue, Instant resolutionAtRisk, Instant resolutionDue) {
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            contact.firstResponseAtRisk = firstAtRisk;
            contact.firstResponseDue = firstDue;
            contact.resolutionAtRisk = resolutionAtRisk;
            contact.resolutionDue = resolutionDue;
        });
    }

    @Test
    void aContactIsFlaggedAtRiskThenBreachedAndEscalatedByThePolicy() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.EXPERT, true);
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        Instant now = Instant.now();
        deadlines(id, now.minusSeconds(60), now.plusSeconds(3600), now.plusSeconds(7200), now.plusSeconds(9000));

        serviceLevels.check(now, 1000);
        Contact atRisk = WorkFixtures.reload(id);
        assertThat(atRisk.slaState).isEqualTo(SlaState.AT_RISK);
        assertThat(atRisk.priority).isEqualTo(3);
        serviceLevels.check(now, 1000);

        deadlines(id, now.minusSeconds(600), now.minusSeconds(1), now.plusSeconds(7200), now.plusSeconds(9000));
        serviceLevels.check(now, 1000);
        Contact breached = WorkFixtures.reload(id);
        assertThat(breached.slaState).isEqualTo(SlaState.BREACHED);
        assertThat(breached.firstResponseBreached).isTrue();
        assertThat(breached.resolutionBreached).isFalse();
        assertThat(breached.priority).as("the policy raises the priority").isEqualTo(2);
        assertThat(breached.queue.code).as("no one took it: the policy's overflow queue").isEqualTo("uusimaa-triage");
        serviceLevels.check(now, 1000);
        assertThat(WorkFixtures.reload(id).priority).as("a breach escalates once").isEqualTo(2);

        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.contacts.v1", record -> id.toString().equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        CloudEvent risk = CloudEvent.parse(mapper, records.get(0).value());
        CloudEvent breach = CloudEvent.parse(mapper, records.get(1).value());
        assertThat(risk.type()).isEqualTo("fi.kohtaamo.contact.sla-at-risk.v1");
        assertThat(risk.data().path("details").path("target").asText()).isEqualTo("FIRST_RESPONSE");
        assertThat(breach.type()).isEqualTo("fi.kohtaamo.contact.sla-breached.v1");
        assertThat(breach.data().path("details").path("toQueue").asText()).isEqualTo("uusimaa-triage");
        assertThat(breach.data().path("details").path("priorityTo").asInt()).isEqualTo(2);
        assertThat(breach.data().path("firstResponseBreached").asBoolean()).isTrue();
    }

    @Test
    void aContactWaitingForTheClientOrAlreadyAnsweredIsNotFlagged() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        UUID waiting = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        UUID answered = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        Instant now = Instant.now();
        deadlines(waiting, now.minusSeconds(600), now.minusSeconds(1), now.plusSeconds(7200), now.plusSeconds(9000));
        deadlines(answered, now.minusSeconds(600), now.minusSeconds(1), now.plusSeconds(7200), now.plusSeconds(9000));
        QuarkusTransaction.requiringNew().run(() -> {
            Contact.update("waitingSince = ?1, status = ?2 where id = ?3", now.minusSeconds(900),
                    fi.kohtaamo.routing.domain.ContactStatus.WAITING_FOR_CLIENT, waiting);
            Contact.update("firstRespondedAt = ?1 where id = ?2", now.minusSeconds(700), answered);
        });
        serviceLevels.check(now, 1000);
        assertThat(WorkFixtures.reload(waiting).slaState).isEqualTo(SlaState.ON_TIME);
        assertThat(WorkFixtures.reload(answered).slaState).isEqualTo(SlaState.ON_TIME);

        deadlines(answered, now.minusSeconds(600), now.minusSeconds(1), now.minusSeconds(300), now.minusSeconds(10));
        serviceLevels.check(now, 1000);
        Contact late = WorkFixtures.reload(answered);
        assertThat(late.resolutionBreached).isTrue();
        assertThat(late.firstResponseBreached).as("it was answered in time").isFalse();
        assertThat(late.queue.id).as("only unanswered queued contacts overflow").isEqualTo(queue.id);
    }

    @Test
    void intakeRoutesAnUrgentMatterByRuleAndTakesTheStricterOfPolicyAndServicePromise() throws Exception {
        RoutingTestSupport.publishCatalogueExample(bootstrapServers);
        ContactIntake.Received received = intake.receive(new NewContact(RoutingTestSupport.PERMIT_SERVICE,
                "Kiireellinen: liittymä tarvitaan ensi viikolla", "fi", null, null, null, null, null,
                RoutingTestSupport.PERMIT_ANSWERS), Caller.ANONYMOUS, null);
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(received.contact().id);
            assertThat(contact.queue.code).isEqualTo("uusimaa-permits-urgent");
            assertThat(contact.priority).isEqualTo(1);
            assertThat(contact.requiredSkills).containsEntry("permits", 2);
            assertThat(contact.routedByRule).isEqualTo(UUID.fromString("40a7e000-0000-4000-8000-000000000001"));
            // Priority 1 in the Uusimaa policy: 60 and 480 business minutes, stricter than the service's 8 h and 80 h.
            assertThat(ServiceLevels.clockOf(contact.queue).used(contact.receivedAt, contact.firstResponseDue))
                    .isEqualTo(Duration.ofMinutes(60));
            assertThat(ServiceLevels.clockOf(contact.queue).used(contact.receivedAt, contact.resolutionDue))
                    .isEqualTo(Duration.ofMinutes(480));
        });
    }
}
