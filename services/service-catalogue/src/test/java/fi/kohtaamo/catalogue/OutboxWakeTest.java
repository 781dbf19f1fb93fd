package fi.kohtaamo.catalogue;

import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commit of a change wakes the outbox relay: with the scheduled pass turned off, the event of
 * a change still reaches Kafka, so it can only have come through the wake-up.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.UnscheduledRelay.class)
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class OutboxWakeTest {

    public static class UnscheduledRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kohtaamo.outbox.interval", "off");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aCommittedChangeIsOnKafkaWithoutWaitingForTheSchedule() throws Exception {
        String code = "wake-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON).body(ServiceAdminTest.service(code)).when().post("/api/v1/services")
                .then().statusCode(201).extract().path("id");
        given().header("If-Match", "\"1\"").when().post("/api/v1/services/" + id + "/publish").then().statusCode(200);

        assertThat(new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.catalogue.v1", record -> id.equals(record.key()), 1, Duration.ofSeconds(20)).get(0).value())
                .contains("service.published.v1");
    }
}
